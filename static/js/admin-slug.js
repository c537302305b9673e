// Article form: prefill the URL slug from the title as the editor types (pinyin, made unique by the
// server), until the editor types a slug of their own. Django's own prepopulate would give '' for
// Chinese titles.
document.addEventListener("DOMContentLoaded", function () {
  var title = document.getElementById("id_title");
  var slug = document.getElementById("id_slug");
  if (!title || !slug) return;
  var endpoint = window.location.pathname.replace(/(add|\d+\/change)\/$/, "").replace(/\/?$/, "/") + "slug/";
  var pk = (window.location.pathname.match(/\/(\d+)\/change\/$/) || [])[1] || "";
  var auto = slug.value === "";
  var timer = null;
  slug.addEventListener("input", function () { auto = slug.value === ""; });
  function prefill() {
    if (!auto) return;
    clearTimeout(timer);
    timer = setTimeout(function () {
      var url = endpoint + "?title=" + encodeURIComponent(title.value) + "&pk=" + pk;
      fetch(url, { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { if (data && auto) slug.value = data.slug; });
    }, 300);
  }
  title.addEventListener("input", prefill);
  // The page's module scripts (the body editor) hold DOMContentLoaded back, so a title typed or restored
  // by the browser before this ran has had no input event of its own.
  if (title.value) prefill();
});
