// Styles for the summary, in px (a shadow root inherits the page's rem base,
// wxt#2330) and scoped by the shadow root, so the portal's CSS is untouched.
export const summaryCss = `
.summary { font: 13px/1.4 system-ui, sans-serif; color: #1f2937; }
.headline { display: flex; align-items: baseline; gap: 8px; }
.index { font-size: 28px; font-weight: 700; }
.predicate { font-size: 16px; font-weight: 600; }
.estimate { font-size: 11px; padding: 1px 6px; border-radius: 8px; background: #fef3c7; color: #92400e; }
.regulation, .muted { color: #6b7280; font-size: 12px; }
h3 { font-size: 12px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: #374151; }
.bars { list-style: none; margin: 0; padding: 0; }
.bars li { display: grid; grid-template-columns: 1fr 80px 36px; gap: 6px; align-items: center; margin: 2px 0; }
.bar-label { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: 12px; }
.bar-track { height: 8px; background: #e5e7eb; border-radius: 4px; overflow: hidden; }
.bar-fill { display: block; height: 100%; background: #2563eb; }
.bar-value { text-align: right; font-variant-numeric: tabular-nums; }
.gap { margin-top: 10px; padding-top: 8px; border-top: 1px solid #e5e7eb; }
.steps { margin: 4px 0 0; padding-left: 20px; }
.gain { color: #047857; font-variant-numeric: tabular-nums; }
.note { margin-top: 8px; }
`;
