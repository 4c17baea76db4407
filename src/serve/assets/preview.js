// deckgen preview: reload when the content changes (server-sent events from /events), night mode
// and phone width for the card frames (kept across reloads), frame heights, the PDF list.
(function () {
  "use strict";
  const meta = document.querySelector('meta[name="deckgen-generation"]');
  const shown = meta ? meta.content : "";
  const events = new EventSource("/events");
  events.onmessage = function (e) {
    if (e.data !== shown) {
      events.close();
      location.reload();
    }
  };

  const prefs = JSON.parse(localStorage.getItem("deckgen-preview") || "{}");
  // `?night=1&phone=1` in the address sets the switches too (for links and screenshots).
  const params = new URLSearchParams(location.search);
  for (const name of ["night", "phone"]) {
    if (params.has(name)) prefs[name] = params.get(name) === "1";
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  function frameSrc(frame) {
    const base = frame.getAttribute("src").split("?")[0];
    return prefs.night ? base + "?night=1" : base;
  }
  function apply() {
    document.body.classList.toggle("night", !!prefs.night);
    document.body.classList.toggle("phone", !!prefs.phone);
    for (const frame of document.querySelectorAll("iframe")) {
      const want = frameSrc(frame);
      if (frame.getAttribute("src") !== want) frame.setAttribute("src", want);
      fit(frame);
    }
  }
  for (const name of ["night", "phone"]) {
    const box = document.getElementById(name);
    if (!box) continue;
    box.checked = !!prefs[name];
    box.addEventListener("change", function () {
      prefs[name] = box.checked;
      localStorage.setItem("deckgen-preview", JSON.stringify(prefs));
      apply();
    });
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
  }
  apply();

  const pdfs = document.getElementById("pdfs");
  if (pdfs) {
    fetch(pdfs.dataset.src).then(function (r) { return r.text(); }).then(function (html) {
      pdfs.innerHTML = html;
    });
  }
})();
