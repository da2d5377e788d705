// Parts of a back-office page that keep themselves up to date (crate::web::calls: the
// list of video calls, the documents of a running call): every element with
// `data-refresh` and an id is taken from the same page fetched again every 15
// seconds, unless the clerk is working in it (focus inside) — without reloading the
// page, which would end a running call.
'use strict';

(() => {
  const parts = [...document.querySelectorAll('[data-refresh][id]')];
  if (parts.length === 0) return;
  setInterval(async () => {
    try {
      const response = await fetch(window.location.href, { headers: { Accept: 'text/html' } });
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      for (const part of parts) {
        if (part.contains(document.activeElement)) continue;
        const fresh = page.getElementById(part.id);
        if (fresh && fresh.innerHTML !== part.innerHTML) part.innerHTML = fresh.innerHTML;
      }
    } catch {
      // The next round tries again.
    }
  }, 15000);
})();
