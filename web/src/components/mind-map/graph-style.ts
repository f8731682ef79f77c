/**
 * The map's stylesheet, as data (cytoscape's own format). Looks come from each element's data
 * (colour, shape, weight) and state from classes (selected, expanded, pinned, highlight), never from code.
 */
export const graphStyle: ReadonlyArray<{ selector: string; style: Record<string, string | number> }> = [
  {
    selector: 'node',
    style: {
      shape: 'data(shape)',
      'background-color': 'data(colour)',
      'border-color': 'data(border)',
      'border-width': 2,
      width: 'mapData(weight, 0, 1, 26, 52)',
      height: 'mapData(weight, 0, 1, 26, 52)',
      label: 'data(label)',
      color: '#0b0c0c',
      'font-family': 'Arial, Helvetica, sans-serif',
      'font-size': 13,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'node.centre',
    style: { width: 64, height: 64, 'font-size': 15, 'font-weight': 'bold', 'text-max-width': '200px' },
  },
  {
    selector: 'node.expanded',
    style: { 'border-width': 5, 'border-style': 'double' },
  },
  {
    selector: 'node.pinned',
    style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': '#0b0c0c' },
  },
  {
    selector: 'node.selected',
    style: {
      'border-width': 5,
      'border-color': '#0b0c0c',
      'border-style': 'solid',
      'overlay-color': '#ffdd00',
      'overlay-opacity': 0.6,
      'overlay-padding': 8,
      'font-weight': 'bold',
      'z-index': 10,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#8a9196',
      'curve-style': 'straight',
      'target-arrow-shape': 'none',
    },
  },
  {
    selector: 'edge.highlight',
    style: {
      width: 3,
      'line-color': '#0b0c0c',
      label: 'data(label)',
      'font-size': 11,
      color: '#0b0c0c',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-rotation': 'autorotate',
      'z-index': 9,
    },
  },
];
