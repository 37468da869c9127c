import { css } from 'lit';

// What the console's views and the types' own staff views share: headings, panels, breadcrumbs,
// forms, tables, dialogs. Static styles only (adopted style sheets): the collector serves the
// console under a CSP without 'unsafe-inline'. Colours come from the tokens, as in the widgets.

/** Shared by every staff view: headings, forms, lists, tables, dialogs. */
export const staffViewStyles = css`
  :host {
    display: block;
    max-width: none;
  }
  h1,
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
    color: var(--_participe-text);
  }
  h1 {
    font-size: 1.75rem;
  }
  h2 {
    font-size: 1.3rem;
  }
  h3 {
    font-size: 1.1rem;
  }
  h1[tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_participe-accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a.button {
    text-decoration: none;
  }
  a.button:hover {
    text-decoration: underline;
  }
  code,
  .mono {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  /* One column that may shrink below its content's width (a drawn chart's canvas, a long word): a
     plain grid column would keep it and overflow the page when the window narrows or zooms. */
  .view {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
  }
  .narrow {
    max-width: 36rem;
  }
  .stack {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    align-content: start;
  }
  .muted {
    color: var(--_participe-muted);
  }
  .panel {
    display: grid;
    gap: 1rem;
    padding: 1rem;
    border: 1px solid #d0d4da;
    background: var(--_participe-surface);
  }
  .panel > ul {
    margin: 0;
  }
  .view-header {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
    justify-content: space-between;
  }

  /* Breadcrumbs: separators drawn by CSS so screen readers read only the links. */
  .breadcrumbs ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .breadcrumbs li + li::before {
    content: '›';
    margin-inline-end: 0.5rem;
    color: var(--_participe-muted);
  }

  /* Facts about an initiative: label above value on narrow screens, side by side when there is room. */
  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0 0 0.5rem;
    overflow-wrap: anywhere;
  }
  @media (min-width: 40rem) {
    .facts {
      grid-template-columns: max-content minmax(0, 1fr);
    }
    .facts dd {
      margin: 0;
    }
  }

  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    font-size: 0.875rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge--open {
    color: #2c5a1e;
  }
  .badge--draft {
    color: var(--_participe-muted);
  }
  .badge--closed {
    color: #8a2c17;
  }

  .cards {
    display: grid;
    gap: 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 1px solid #d0d4da;
    border-inline-start: 4px solid var(--_participe-accent);
    background: var(--_participe-surface);
  }

  /* Forms */
  form {
    display: grid;
    gap: 1.25rem;
  }
  fieldset {
    display: grid;
    gap: 1rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 600;
  }
  fieldset.section > legend {
    font-size: 1.2rem;
    font-weight: 700;
  }
  .pair {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 48rem) {
    .pair {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  select.input {
    appearance: auto;
  }
  .input[readonly] {
    border-style: dashed;
    background: var(--_participe-subtle);
  }
  .input.mono {
    font-size: 0.9375rem;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    cursor: pointer;
  }
  .option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_participe-accent);
  }
  .issues {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_participe-error);
    font-weight: 600;
  }
  .error-summary {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 3px solid var(--_participe-error);
  }
  .error-summary:focus {
    outline: 3px solid var(--_participe-focus);
    outline-offset: 2px;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--_participe-error);
    font-weight: 600;
  }

  /* Tables scroll sideways inside their own focusable region on narrow screens. */
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    padding-bottom: 0.5rem;
    text-align: start;
    font-weight: 700;
  }
  th,
  td {
    padding: 0.5rem 0.75rem;
    border-bottom: 1px solid #d0d4da;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_participe-subtle);
    border-bottom: 2px solid var(--_participe-border);
    white-space: nowrap;
  }
  td.content {
    min-width: 16rem;
  }
  .payload {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .payload dt {
    font-weight: 600;
    font-size: 0.875rem;
  }
  .payload dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .anonymised {
    font-style: italic;
  }
  /* A pseudonym stays in one piece: a hash broken over lines is hard to compare. */
  .pseudonym {
    white-space: nowrap;
  }

  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: 1.5rem;
    border: 2px solid var(--_participe-accent);
    color: var(--_participe-text);
  }
  dialog::backdrop {
    background: rgb(34 54 84 / 0.5);
  }
  dialog .stack {
    gap: 1.25rem;
  }

  /* Editor: form and live preview side by side when the screen allows. */
  .editor {
    display: grid;
    gap: 2rem;
    grid-template-columns: minmax(0, 1fr);
    /* Each column as tall as its content: a long preview must not stretch the form's rows. */
    align-items: start;
  }
  @media (min-width: 72rem) {
    .editor {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .preview {
      position: sticky;
      top: 1rem;
      align-self: start;
    }
  }
  .preview-frame {
    padding: 1rem;
    border: 1px dashed var(--_participe-border);
    background: #fff;
  }
  .snippet {
    min-height: 5rem;
  }
  .filters {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    align-items: end;
  }
`;
