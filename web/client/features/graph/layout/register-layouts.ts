/**
 * Registers the layout extensions with Cytoscape, once, in whatever context imports it (the page or the layout
 * worker): fcose, dagre, and layout-utilities, which fcose uses to pack disconnected components side by side.
 */
import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import "./window-global.ts";
import layoutUtilities from "cytoscape-layout-utilities";

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(layoutUtilities);

export { cytoscape };
