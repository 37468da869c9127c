import { css } from 'lit';
import { staffViewStyles } from '@participe/core/staff';

/** Shared by every view (and the types' own views): core's staff view styles. */
export const viewStyles = staffViewStyles;

// Static styles only (adopted style sheets): the collector serves the console under a CSP without
// 'unsafe-inline'. Colours come from core's tokens, so the console looks like the widgets.

/** The shell: top bar, content column, skip link. */
export const shellStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    max-width: none;
    background: #f7f8fa;
  }
  .skip-link {
    position: absolute;
    inset-inline-start: 0.5rem;
    top: -10rem;
    z-index: 10;
    padding: 0.75rem 1rem;
    background: var(--_participe-surface);
    color: var(--_participe-accent);
    font-weight: 600;
  }
  .skip-link:focus {
    top: 0.5rem;
  }
  .topbar {
    --_participe-focus: #ffffff;
    background: var(--_participe-accent);
    color: var(--_participe-accent-text);
  }
  .topbar__inner,
  ::slotted(main) {
    max-width: 80rem;
    margin: 0 auto;
    padding: 0.75rem 1rem;
  }
  .topbar__inner {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: center;
    justify-content: space-between;
  }
  .brand {
    display: grid;
    line-height: 1.25;
  }
  .brand__name {
    font-size: 1.2rem;
    font-weight: 700;
  }
  .brand__organisation {
    font-size: 0.9375rem;
  }
  .topbar nav ul,
  .session {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .topbar a,
  .topbar .link-button {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0 0.25rem;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .topbar a[aria-current='page'] {
    text-decoration-thickness: 3px;
  }
  .session__who {
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }
  ::slotted(main) {
    display: block;
    padding-top: 1.5rem;
    padding-bottom: 3rem;
  }
  ::slotted(main:focus) {
    outline: none;
  }
`;
