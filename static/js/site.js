// Progressive enhancement only: without JavaScript the phone menu is simply always open (see early.js).
document.addEventListener("DOMContentLoaded", function () {
  var toggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("site-nav");
  if (!toggle || !nav) return;
  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") === "true";
    toggle.setAttribute("aria-expanded", String(!open));
    nav.classList.toggle("is-open", !open);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      toggle.setAttribute("aria-expanded", "false");
      nav.classList.remove("is-open");
      toggle.focus();
    }
  });
});

// 打印本页: the button only exists for readers with JavaScript (it is `hidden` in the HTML).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
});

// A filter's text field (导师): names suggested as one types, from a small JSON answer of at most ten
// (academy.teacher_search). Without JavaScript the field is a plain text filter.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var asked = "";
    if (!list) return;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var query = input.value.trim();
        if (!query || query === asked) return;
        asked = query;
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { teachers: [] }; })
          .then(function (data) {
            if (asked !== query) return;  // a later answer is on its way
            list.replaceChildren.apply(list, data.teachers.map(function (teacher) {
              var option = document.createElement("option");
              option.value = teacher.name;
              return option;
            }));
          })
          .catch(function () {});
      }, 200);
    });
  });
});
