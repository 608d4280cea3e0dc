/**
 * A small default stylesheet for the widgets' class names, for pages that have none of their own (the CLI's
 * static HTML report uses it). Colours pass WCAG AA contrast against their backgrounds.
 *
 * @example
 * <style>{reportStyles}</style>
 */
export const reportStyles = `
.techcommit-report { font: 15px/1.45 system-ui, sans-serif; color: #1b1b1b; max-width: 72rem; margin: 0 auto 3rem; }
.techcommit-report h2 { font-size: 1.4rem; margin: 1.5rem 0 .25rem; }
.techcommit-headline { margin: 0 0 1rem; }
.techcommit-rag-counts { display: flex; gap: .5rem; margin: 0 0 1rem; padding: 0; }
.techcommit-rag-counts div { border-radius: .4rem; padding: .35rem .7rem; min-width: 6rem; }
.techcommit-rag-counts dt { font-size: .8rem; }
.techcommit-rag-counts dd { margin: 0; font-size: 1.3rem; font-weight: 600; }
[data-rag="complete"] .techcommit-rag, .techcommit-rag-counts [data-rag="complete"] { background: #d9ecf8; color: #0b3a5c; }
[data-rag="on-track"] .techcommit-rag, .techcommit-rag-counts [data-rag="on-track"] { background: #dcefdc; color: #1d4d1d; }
[data-rag="at-risk"] .techcommit-rag, .techcommit-rag-counts [data-rag="at-risk"] { background: #fbe9c8; color: #5c3b00; }
[data-rag="overdue"] .techcommit-rag, .techcommit-rag-counts [data-rag="overdue"] { background: #f7d4d4; color: #6b0f0f; }
[data-rag="not-dated"] .techcommit-rag, .techcommit-rag-counts [data-rag="not-dated"] { background: #e6e6e6; color: #333; }
.techcommit-rag { border-radius: .3rem; padding: .1rem .45rem; white-space: nowrap; font-size: .85rem; }
.techcommit-pillar-progress { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .75rem; }
.techcommit-pillar-progress li { display: flex; flex-direction: column; gap: .2rem; }
.techcommit-pillar-name { font-weight: 600; }
.techcommit-pillar-progress progress { width: 100%; height: .8rem; accent-color: #2f6f9f; }
.techcommit-pillar-counts { font-size: .8rem; color: #555; }
.techcommit-findings { background: #fff4e0; border-left: 4px solid #c77700; padding: .5rem 1rem .5rem 2rem; }
.techcommit-actions { border-collapse: collapse; width: 100%; font-size: .9rem; }
.techcommit-actions caption { text-align: left; font-weight: 600; padding: .5rem 0; }
.techcommit-actions th, .techcommit-actions td { border-bottom: 1px solid #ddd; padding: .4rem .5rem; text-align: left; vertical-align: top; }
.techcommit-actions thead th { background: #f3f3f3; }
.techcommit-actions tbody th { font-weight: 400; }
.techcommit-section { font-size: .75rem; color: #666; }
.techcommit-pillars { list-style: none; display: flex; gap: .2rem; margin: 0; padding: 0; }
.techcommit-pillars li { background: #eef; color: #223; border-radius: .25rem; padding: 0 .35rem; font-size: .8rem; font-weight: 600; }
`
