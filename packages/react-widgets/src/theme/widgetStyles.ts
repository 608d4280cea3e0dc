/** The dark palette, declared for `data-theme="dark"` and, unless the widget is forced light, for a dark system. */
const darkTokens = `
  --tc-fg: #ececec; --tc-bg: #161718; --tc-surface: #24262a; --tc-muted: #c2c2c2; --tc-border: #4a4d52;
  --tc-brand: #7db9e8; --tc-brand-text: #0b1a26; --tc-focus: #9ecbff; --tc-error: #ffb4ab;
  --tc-warning-bg: #3a2c12; --tc-warning-edge: #f0b35a;
  --tc-rag-complete-bg: #17374f; --tc-rag-complete-fg: #d7ebfa;
  --tc-rag-on-track-bg: #1d3d1d; --tc-rag-on-track-fg: #d6f0d6;
  --tc-rag-at-risk-bg: #4a3510; --tc-rag-at-risk-fg: #fbe4b8;
  --tc-rag-overdue-bg: #561b1b; --tc-rag-overdue-fg: #fbd6d6;
  --tc-rag-not-dated-bg: #3a3a3a; --tc-rag-not-dated-fg: #e6e6e6;
  --tc-chart-complete: #7db9e8; --tc-chart-on-track: #7fcf7f; --tc-chart-at-risk: #f0b35a;
  --tc-chart-overdue: #ff8a80; --tc-chart-not-dated: #a8a8a8; --tc-chart-expected: #8a8f98;
`

/**
 * The widgets' stylesheet: no CSS framework, every colour a `--tc-*` custom property. Declarations sit in
 * `:where()` (specificity 0), so any rule of the host page wins: set `--tc-brand` on `.techcommit` (or any
 * ancestor) to use the institution's colour. Light by default, dark under `prefers-color-scheme: dark`, and
 * either forced with `data-theme="light"` or `"dark"` on the widget (the `theme` prop). Text colours pass WCAG
 * AA against their backgrounds in both themes.
 *
 * @example
 * <style>{widgetStyles}</style>
 * <style>{'.techcommit { --tc-brand: #7a003c; }'}</style>
 */
export const widgetStyles = `
:where(.techcommit) {
  --tc-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --tc-fg: #1b1b1b; --tc-bg: #ffffff; --tc-surface: #f3f4f6; --tc-muted: #4d4d4d; --tc-border: #c9ccd1;
  --tc-brand: #2f6f9f; --tc-brand-text: #ffffff; --tc-focus: #1a5fb4; --tc-error: #b00020;
  --tc-warning-bg: #fff4e0; --tc-warning-edge: #b06800;
  --tc-rag-complete-bg: #d9ecf8; --tc-rag-complete-fg: #0b3a5c;
  --tc-rag-on-track-bg: #dcefdc; --tc-rag-on-track-fg: #1d4d1d;
  --tc-rag-at-risk-bg: #fbe9c8; --tc-rag-at-risk-fg: #5c3b00;
  --tc-rag-overdue-bg: #f7d4d4; --tc-rag-overdue-fg: #6b0f0f;
  --tc-rag-not-dated-bg: #e6e6e6; --tc-rag-not-dated-fg: #333333;
  --tc-chart-complete: #2f6f9f; --tc-chart-on-track: #3c8d3c; --tc-chart-at-risk: #b57800;
  --tc-chart-overdue: #b3261e; --tc-chart-not-dated: #767676; --tc-chart-expected: #8a8f98;
}
:where(.techcommit[data-theme="dark"]) {${darkTokens}}
@media (prefers-color-scheme: dark) {
  :where(.techcommit:not([data-theme="light"])) {${darkTokens}}
}
.techcommit { font: 15px/1.45 var(--tc-font); color: var(--tc-fg); background: var(--tc-bg); box-sizing: border-box; max-width: 100%; }
.techcommit *, .techcommit *::before, .techcommit *::after { box-sizing: inherit; }
.techcommit :focus-visible { outline: 3px solid var(--tc-focus); outline-offset: 2px; }
.techcommit a { color: var(--tc-brand); }
.techcommit h2 { font-size: 1.4rem; margin: 1.25rem 0 .25rem; overflow-wrap: anywhere; }
.techcommit h3 { font-size: 1.1rem; margin: 1rem 0 .25rem; }
.techcommit-dashboard { margin: 0 auto 2rem; padding: .5rem; max-width: 72rem; }
.techcommit-headline { margin: 0 0 1rem; }
.techcommit-rag-counts { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0 0 1rem; padding: 0; }
.techcommit-rag-counts div { border-radius: .4rem; padding: .35rem .7rem; min-width: 6rem; }
.techcommit-rag-counts dt { font-size: .8rem; }
.techcommit-rag-counts dd { margin: 0; font-size: 1.3rem; font-weight: 600; }
.techcommit-rag { border-radius: .3rem; padding: .1rem .45rem; font-size: .85rem; display: inline-block; }
.techcommit-rag[data-rag="complete"], .techcommit-rag-counts [data-rag="complete"] { background: var(--tc-rag-complete-bg, #d9ecf8); color: var(--tc-rag-complete-fg, #0b3a5c); }
.techcommit-rag[data-rag="on-track"], .techcommit-rag-counts [data-rag="on-track"] { background: var(--tc-rag-on-track-bg, #dcefdc); color: var(--tc-rag-on-track-fg, #1d4d1d); }
.techcommit-rag[data-rag="at-risk"], .techcommit-rag-counts [data-rag="at-risk"] { background: var(--tc-rag-at-risk-bg, #fbe9c8); color: var(--tc-rag-at-risk-fg, #5c3b00); }
.techcommit-rag[data-rag="overdue"], .techcommit-rag-counts [data-rag="overdue"] { background: var(--tc-rag-overdue-bg, #f7d4d4); color: var(--tc-rag-overdue-fg, #6b0f0f); }
.techcommit-rag[data-rag="not-dated"], .techcommit-rag-counts [data-rag="not-dated"] { background: var(--tc-rag-not-dated-bg, #e6e6e6); color: var(--tc-rag-not-dated-fg, #333333); }
.techcommit-reasons { display: block; margin: .25rem 0 0; font-size: .8rem; color: var(--tc-muted, #4d4d4d); max-width: 28rem; }
.techcommit-pillar-progress { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr)); gap: .75rem; }
.techcommit-pillar-progress li { display: flex; flex-direction: column; gap: .2rem; }
.techcommit-pillar-name { font-weight: 600; }
.techcommit-pillar-progress progress { width: 100%; height: .8rem; accent-color: var(--tc-brand); }
.techcommit-pillar-counts, .techcommit-muted { font-size: .8rem; color: var(--tc-muted); }
.techcommit-findings { background: var(--tc-warning-bg); border-left: 4px solid var(--tc-warning-edge); padding: .5rem 1rem .5rem 2rem; }
.techcommit-charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr)); gap: 1rem; margin: 1rem 0; }
.techcommit-chart { margin: 0; border: 1px solid var(--tc-border); border-radius: .4rem; padding: .75rem; min-width: 0; }
.techcommit-chart figcaption { margin-bottom: .5rem; }
.techcommit-chart-title { font-weight: 600; display: block; }
.techcommit-chart svg { display: block; width: 100%; height: auto; color: var(--tc-fg); }
.techcommit-chart details { margin-top: .5rem; font-size: .85rem; }
.techcommit-chart summary { cursor: pointer; }
.techcommit-data-table { border-collapse: collapse; margin-top: .25rem; }
.techcommit-data-table th, .techcommit-data-table td { border-bottom: 1px solid var(--tc-border); padding: .15rem .5rem; text-align: left; }
.techcommit-controls { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; margin: .5rem 0; }
.techcommit-controls label, .techcommit-field label { display: flex; flex-direction: column; font-size: .8rem; gap: .15rem; min-width: 0; max-width: 100%; }
.techcommit-controls select { max-width: 100%; text-overflow: ellipsis; }
.techcommit input, .techcommit select, .techcommit textarea, .techcommit button { font: inherit; color: var(--tc-fg); background: var(--tc-bg); border: 1px solid var(--tc-muted); border-radius: .3rem; padding: .25rem .45rem; max-width: 100%; }
.techcommit button { cursor: pointer; }
.techcommit-primary { background: var(--tc-brand) !important; color: var(--tc-brand-text) !important; border-color: var(--tc-brand) !important; }
.techcommit-more { margin-top: .5rem; }
.techcommit-scroll { overflow-x: auto; max-width: 100%; border: 1px solid var(--tc-border); border-radius: .3rem; }
.techcommit-actions { border-collapse: collapse; width: 100%; min-width: 44rem; font-size: .9rem; }
.techcommit-action-table tbody td:nth-child(6), .techcommit-action-table tbody td:nth-child(7) { min-width: 12rem; }
.techcommit-overview .techcommit-actions { min-width: 36rem; }
.techcommit-actions caption { text-align: left; font-weight: 600; padding: .5rem; }
.techcommit-actions th, .techcommit-actions td { border-bottom: 1px solid var(--tc-border); padding: .4rem .5rem; text-align: left; vertical-align: top; }
.techcommit-actions td, .techcommit-actions th { overflow-wrap: anywhere; }
.techcommit-actions thead th { background: var(--tc-surface); white-space: nowrap; }
.techcommit-actions tbody th { font-weight: 400; min-width: 12rem; }
.techcommit-sort { border: 0 !important; background: none !important; padding: 0 !important; font-weight: 600; text-align: left; }
.techcommit-group th { background: var(--tc-surface); font-weight: 600 !important; }
.techcommit-details-row td { background: var(--tc-surface); }
.techcommit-details { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr)); gap: .5rem 1.5rem; }
.techcommit-details h4 { margin: .25rem 0; font-size: .9rem; }
.techcommit-details ul { margin: 0; padding-left: 1.1rem; }
.techcommit-owners { list-style: none; margin: 0; padding: 0; }
.techcommit-section { font-size: .75rem; color: var(--tc-muted); }
.techcommit-pillars { list-style: none; display: flex; flex-wrap: wrap; gap: .2rem; margin: 0; padding: 0; }
.techcommit-pillars li { background: var(--tc-surface, #eef); color: var(--tc-fg, #223); border: 1px solid var(--tc-border, #ccd); border-radius: .25rem; padding: 0 .35rem; font-size: .8rem; font-weight: 600; }
.techcommit-overview th, .techcommit-overview td { white-space: normal; }
.techcommit-form fieldset { border: 1px solid var(--tc-border); border-radius: .4rem; display: flex; flex-direction: column; gap: .6rem; min-width: 0; }
.techcommit-field { display: flex; flex-direction: column; gap: .15rem; }
.techcommit-error { color: var(--tc-error); font-size: .85rem; }
.techcommit-error-summary { border: 2px solid var(--tc-error); padding: .5rem 1rem; border-radius: .3rem; }
.techcommit-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`

/**
 * The old name of {@link widgetStyles}, kept so existing pages and the CLI's static report keep working.
 *
 * @example
 * <style>{reportStyles}</style>
 */
export const reportStyles = widgetStyles
