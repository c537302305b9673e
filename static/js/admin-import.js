// Reprint import page: refuse a paste above the import limit before it is sent, so the text stays
// in the box (a browser's maxlength would cut it silently; the server could only answer without it).
(function (init) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})(function () {
  var box = document.getElementById("id_text");
  var note = document.querySelector(".import-size-error");
  if (!box || !note) return;
  box.form.addEventListener("submit", function (event) {
    var max = parseInt(box.getAttribute("data-max-chars"), 10);
    var count = box.value.length;
    if (max && count > max) {
      event.preventDefault();
      note.textContent = note.getAttribute("data-message").replace("{count}", count.toLocaleString("zh-CN"));
      note.hidden = false;
      box.focus();
    } else {
      note.hidden = true;
    }
  });
});
