// Reprint import page: refuse a paste above the import limit before it is sent, so the text stays
// in the box (a browser's maxlength would cut it silently; the server could only answer without it).
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("id_text");
  var note = document.querySelector(".import-size-error");
  if (!box || !note) return;
  var max = parseInt(box.getAttribute("data-max-chars"), 10);
  box.form.addEventListener("submit", function (event) {
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
