/// The review page's style sheet, inline in the page so that it stays one file that can be
/// mailed or archived. On screen the bead table is laid out as one CSS grid per row rather
/// than as a table: each row then lays out on its own, rows off screen are not drawn until
/// scrolled to (`content-visibility`; a 100,000-row page took 83 s to open as a table, 9 s
/// so), the bar and column headers can stick to the top, and under 600 px the two texts of
/// a bead stack. "Problems only" is the `:checked` state of the checkbox before the bar and
/// the table, so it needs no script. Printing keeps the real table, whose header repeats
/// on each page.
enum ReviewPageStyle {
    /// The style sheet's text.
    static let css = """

        :root { --unmatched: #fde2e1; --unmatched-edge: #c62828; --uncertain: #fff4ce; --uncertain-edge: #a66b00; --bar: 0px; }
        body { font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; color: #1a1a1a; margin: 0 auto 1.5em; max-width: 80em; padding: 0 1em; }
        h1 { font-size: 1.2em; margin: 0 0 .3em; overflow-wrap: anywhere; }
        h1 .arrow, h1 .folder { color: #777; font-weight: normal; }
        h1 .folder { font-size: .8em; }
        .bar { position: sticky; top: 0; z-index: 3; background: #fff; padding: .6em 0 .4em; border-bottom: 1px solid #ccc; }
        .counts { list-style: none; padding: 0; margin: 0 0 .3em; display: flex; flex-wrap: wrap; gap: .2em 1em; font-size: .9em; }
        .counts li { padding: .05em .5em; border-left: 4px solid transparent; }
        .counts li.unmatched-source, .counts li.unmatched-target { border-color: var(--unmatched-edge); background: var(--unmatched); }
        .counts li.uncertain { border-color: var(--uncertain-edge); background: var(--uncertain); }
        .counts a { color: inherit; }
        .review { display: flex; flex-wrap: wrap; align-items: center; gap: .3em .8em; font-size: .9em; }
        .review button { font: inherit; padding: .1em .6em; }
        .review kbd { font: .85em ui-monospace, monospace; border: 1px solid #aaa; border-radius: 3px; padding: 0 .3em; }
        html:not(.js) .js-only { display: none; }
        .loading .beads { display: none; }
        .loading body::after { content: "Loading the rows…"; display: block; padding: 1em 0; color: #777; }
        #problems-only { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
        .switch { cursor: pointer; border: 1px solid #666; border-radius: 1em; padding: .05em .8em; user-select: none; }
        .switch::before { content: "○ "; }
        #problems-only:checked ~ .bar .switch { background: #333; color: #fff; }
        #problems-only:checked ~ .bar .switch::before { content: "● "; }
        #problems-only:focus-visible ~ .bar .switch { outline: 2px solid #1565c0; outline-offset: 2px; }
        .summary { margin: .8em 0; }
        .summary table { border-collapse: collapse; max-width: 100%; font-size: .9em; }
        .summary th, .summary td { padding: .2em .8em; text-align: left; border-bottom: 1px solid #ddd; }
        .summary td { font-variant-numeric: tabular-nums; }
        .kinds { margin: 0 0 1em; font-size: .9em; overflow-wrap: anywhere; }
        .kinds p, .kinds summary { margin: .3em 0 .1em; font-weight: 600; }
        .kinds ul { margin: 0 0 .4em; padding-left: 1.5em; }
        .kinds a { color: inherit; }
        table.beads { border-collapse: collapse; width: 100%; table-layout: fixed; }
        table.beads th { text-align: start; border-bottom: 2px solid #444; padding: .3em .5em; background: #fff; overflow-wrap: anywhere; }
        table.beads td { vertical-align: top; padding: .3em .5em; border-bottom: 1px solid #e3e3e3; overflow-wrap: anywhere; }
        table.beads td p { margin: 0 0 .25em; }
        .beads tr > :first-child { color: #777; text-align: right; }
        .beads tr > :last-child { font-size: .85em; font-variant-numeric: tabular-nums; }
        .beads td.gap { color: var(--unmatched-edge); font-style: italic; font-size: .9em; }
        .line { display: inline-block; min-width: 2.5em; margin-inline-end: .4em; color: #888; font-size: .8em; text-align: end; }
        tr.unmatched-source td, tr.unmatched-target td { background: var(--unmatched); }
        tr.unmatched-source > td:first-child, tr.unmatched-target > td:first-child { box-shadow: inset 4px 0 var(--unmatched-edge); }
        tr.uncertain td { background: var(--uncertain); }
        tr.uncertain > td:first-child { box-shadow: inset 4px 0 var(--uncertain-edge); }
        tr.uncertain strong { color: var(--uncertain-edge); }
        tr.kind-boilerplate td, tr.kind-credit td { background: #f1f1f1; color: #666; }
        tr.kind-boilerplate > td:first-child, tr.kind-credit > td:first-child { box-shadow: inset 4px 0 #999; }
        tr.kind-boilerplate td.gap, tr.kind-credit td.gap { color: #666; }
        .beads tr.current { outline: 2px solid #1565c0; outline-offset: -2px; }
        .beads tr.fold { display: none; }
        .fold td { background: #f4f6f8; color: #555; font-size: .85em; text-align: center !important; }
        .fold label { cursor: pointer; }
        #problems-only:checked ~ .beads tbody.fold:not(:has(.unfold:checked)) tr.bead { display: none; }
        #problems-only:checked ~ .beads tr.fold { display: table-row; }
        #problems-only:checked ~ .beads tr.context > td { color: #666; background: #fafafa; }
        #problems-only:checked ~ .beads tr.context > td:first-child { box-shadow: inset 4px 0 #bbb; }
        @media screen {
          .beads, .beads thead, .beads tbody { display: block; }
          .beads tr { display: grid; grid-template-columns: 3.5em minmax(0, 1fr) minmax(0, 1fr) 6.5em; }
          .beads tr.bead { content-visibility: auto; contain-intrinsic-size: auto 2.4em; }
          .beads tr.bead.near { content-visibility: visible; }
          .beads th, .beads td { display: block; min-width: 0; }
          .beads thead { position: sticky; top: var(--bar); z-index: 2; }
          .beads tr.bead, .beads tr.fold { scroll-margin-top: calc(var(--bar) + 2.6em); }
          #problems-only:checked ~ .beads tr.fold { display: grid; }
          .beads tr.fold td { grid-column: 1 / -1; }
        }
        @media screen and (max-width: 600px) {
          body { padding: 0 .5em; font-size: 14px; }
          .beads tr { grid-template-columns: minmax(0, 1fr) auto; }
          .beads tr > :first-child { text-align: start; }
          .beads tr > :nth-child(2), .beads tr > :nth-child(3) { grid-column: 1 / -1; }
          .beads tr > :nth-child(2) { grid-row: 2; }
          .beads tr > :nth-child(3) { grid-row: 3; border-top: 1px dashed #ccc; }
          .beads tr > :last-child { grid-row: 1; grid-column: 2; text-align: end; }
          .beads td { border-bottom: 0; }
          .beads td.gap { grid-row: 1; grid-column: 2; text-align: end; }
          .beads td.gap + td { border-top: 0; }
          .beads tr > td:last-child:empty { display: none; }
          .beads tr.bead { border-bottom: 1px solid #ccc; }
          .beads thead tr { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); border-bottom: 2px solid #444; }
          .beads thead th { border-bottom: 0; }
          .beads thead th:first-child, .beads thead th:last-child { display: none; }
          .beads thead th:nth-child(2), .beads thead th:nth-child(3) { grid-row: 1; grid-column: auto; border-top: 0; }
          .summary table, .summary tbody, .summary tr { display: block; }
          .summary thead { display: none; }
          .summary th { display: block; border: 0; padding: .3em 0 0; }
          .summary td { display: inline-block; border: 0; padding: 0 .6em 0 0; }
          .summary td:nth-of-type(1)::after { content: " sentences"; }
          .summary td:nth-of-type(3)::after { content: " characters"; }
          .summary td:nth-of-type(2)::before, .summary td:nth-of-type(4)::before { content: "("; }
          .summary td:nth-of-type(2)::after { content: "),"; }
          .summary td:nth-of-type(4)::after { content: ")"; }
        }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          .bar { position: static; border: 0; }
          .review { display: none; }
          tr { break-inside: avoid; }
          thead { display: table-header-group; }
          .beads th:first-child { width: 3em; }
          .beads th:last-child { width: 7em; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
