/**
 * The first load: the app shell and the start page. Every other page, and cytoscape, are fetched
 * when first needed (see components/app/pages.ts).
 */
import './components/app/app.ts';
import './components/start-page/start-page.ts';
