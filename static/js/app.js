// Progressive enhancement only: every page works without this file.
import { initAll } from '/assets/govuk/govuk-frontend.min.js';

initAll();

// After htmx swaps in new content, start the GOV.UK components inside it.
document.body.addEventListener('htmx:afterSwap', (event) => {
  initAll({ scope: event.target });
});
