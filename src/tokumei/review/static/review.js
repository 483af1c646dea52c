/* Progressive enhancement only: selecting text inside an element with data-select-target fills
   the target form's [data-fill] field and its start/end (character offsets into the text).
   Without JavaScript the same forms work by typing the text. */
(function () {
  "use strict";
  function offsetIn(container, node, offset) {
    var r = document.createRange();
    r.selectNodeContents(container);
    r.setEnd(node, offset);
    return Array.from(r.toString()).length; /* code points, as Python counts */
  }
  function onSelect(container) {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    var range = sel.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
    var form = document.getElementById(container.dataset.selectTarget);
    if (!form) return;
    var text = range.toString();
    if (!text.trim()) return;
    form.querySelector("[data-fill]").value = text;
    form.querySelector("input[name=start]").value = offsetIn(container, range.startContainer, range.startOffset);
    form.querySelector("input[name=end]").value = offsetIn(container, range.endContainer, range.endOffset);
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-select-target]").forEach(function (el) {
      el.addEventListener("mouseup", function () { onSelect(el); });
      el.addEventListener("keyup", function () { onSelect(el); });
    });
    /* copy buttons: hidden without JavaScript (the URL field stays selectable) */
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      var input = document.getElementById(button.dataset.copy);
      var status = button.closest("p").querySelector(".copied");
      button.hidden = false;
      button.addEventListener("click", function () {
        function done() { if (status) status.textContent = "コピーしました。"; }
        function fallback() {
          input.focus(); input.select();
          try { if (document.execCommand("copy")) done(); } catch (e) { /* the field stays selected */ }
        }
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(input.value).then(done, fallback);
        } else {
          fallback();
        }
      });
    });
    document.querySelectorAll("[data-fill]").forEach(function (input) {
      input.addEventListener("input", function () {  /* typed by hand: search by text */
        var f = input.form;
        f.querySelector("input[name=start]").value = "";
        f.querySelector("input[name=end]").value = "";
      });
    });
  });
})();
