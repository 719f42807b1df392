// The upload page's progress: asks the server how the import is going twice a second, moves the
// progress bar, and reloads the page when the import has finished, to show its outcome. The text
// (a live region) changes only at a new phase, file or tenth, so a screen reader is not flooded.
// Without JavaScript the page's "Check progress" link does the same by hand.
(() => {
  const box = document.getElementById('import');
  const bar = document.getElementById('import-progress');
  const text = document.getElementById('import-progress-text');
  const url = box?.dataset.statusUrl;
  if (!box || !bar || !text || !url) return;

  const POLL_MS = 500;
  const RETRY_MS = 2000;
  const stepOf = (status) =>
    `${status.text.replace(/\d+%/, '')}|${Math.floor(status.percent / 10)}`;
  let shown = stepOf({ text: text.textContent ?? '', percent: Number(bar.value) });

  const show = (status) => {
    bar.value = status.percent;
    bar.textContent = `${status.percent}%`;
    const step = stepOf(status);
    if (step !== shown) {
      shown = step;
      text.textContent = status.text;
    }
  };

  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok) return window.location.reload();
      const status = await response.json();
      if (status.status !== 'running') return window.location.reload();
      show(status);
      setTimeout(poll, POLL_MS);
    } catch {
      setTimeout(poll, RETRY_MS);
    }
  };
  setTimeout(poll, POLL_MS);
})();
