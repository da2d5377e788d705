// The list of video calls in the back office (crate::web::calls) keeps itself up to
// date: every 15 seconds it fetches the page again and takes the new list, unless the
// clerk is working in it (focus inside), so a waiting citizen shows without a click.
'use strict';

(() => {
  const list = document.getElementById('gespraeche-liste');
  if (!list) return;
  setInterval(async () => {
    if (list.contains(document.activeElement)) return;
    try {
      const response = await fetch(window.location.href, { headers: { Accept: 'text/html' } });
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.getElementById('gespraeche-liste');
      if (fresh && fresh.innerHTML !== list.innerHTML) list.innerHTML = fresh.innerHTML;
    } catch {
      // The next round tries again.
    }
  }, 15000);
})();
