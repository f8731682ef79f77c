import { svg, html } from 'lit';
import { visualOf, type KindVisual, type NodeShape } from '../mind-map/kind-visuals.ts';

/** SVG outlines matching cytoscape's node shapes, on a 20×20 box. */
const SHAPES: Record<NodeShape, (fill: string, stroke: string) => unknown> = {
  star: (f, s) => svg`<polygon points="10,1 12.6,7.2 19.2,7.5 14,11.7 15.8,18.2 10,14.5 4.2,18.2 6,11.7 0.8,7.5 7.4,7.2" fill=${f} stroke=${s}/>`,
  ellipse: (f, s) => svg`<ellipse cx="10" cy="10" rx="8.5" ry="8.5" fill=${f} stroke=${s}/>`,
  'round-rectangle': (f, s) => svg`<rect x="1.5" y="3.5" width="17" height="13" rx="4" fill=${f} stroke=${s}/>`,
  pentagon: (f, s) => svg`<polygon points="10,1.5 18.5,7.7 15.3,18 4.7,18 1.5,7.7" fill=${f} stroke=${s}/>`,
  diamond: (f, s) => svg`<polygon points="10,1 19,10 10,19 1,10" fill=${f} stroke=${s}/>`,
  hexagon: (f, s) => svg`<polygon points="5,2 15,2 19.5,10 15,18 5,18 0.5,10" fill=${f} stroke=${s}/>`,
  rectangle: (f, s) => svg`<rect x="2" y="2.5" width="16" height="15" fill=${f} stroke=${s}/>`,
  octagon: (f, s) => svg`<polygon points="6,1.5 14,1.5 18.5,6 18.5,14 14,18.5 6,18.5 1.5,14 1.5,6" fill=${f} stroke=${s}/>`,
  tag: (f, s) => svg`<polygon points="1.5,3 13,3 18.5,10 13,17 1.5,17" fill=${f} stroke=${s}/>`,
  barrel: (f, s) => svg`<path d="M3 2 Q1 10 3 18 L17 18 Q19 10 17 2 Z" fill=${f} stroke=${s}/>`,
};

/** The small picture of a visual's shape and colour (decorative: its name is always written beside it). */
export function shapeOf(visual: KindVisual) {
  return html`<svg class="shape" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">${SHAPES[visual.shape](visual.colour, visual.border)}</svg>`;
}

export function shapeIcon(kind: string) {
  return shapeOf(visualOf(kind));
}
