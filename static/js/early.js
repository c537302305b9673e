// Loaded synchronously in <head>: marks the page as scripted before first paint, so the phone menu
// starts closed instead of collapsing after load (a layout shift). No inline script: the CSP forbids it.
document.documentElement.classList.add("js");
