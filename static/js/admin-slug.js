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
  title.addEventListener("input", function () {
    if (!auto) return;
    clearTimeout(timer);
    timer = setTimeout(function () {
      var url = endpoint + "?title=" + encodeURIComponent(title.value) + "&pk=" + pk;
      fetch(url, { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { if (data && auto) slug.value = data.slug; });
    }, 300);
  });
});
