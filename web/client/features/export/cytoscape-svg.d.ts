/** Types of the cytoscape-svg extension, which ships none: `cy.svg()` once it is registered. */
declare module "cytoscape-svg" {
  import type cytoscape from "cytoscape";

  const register: cytoscape.Ext;
  export default register;
}

declare namespace cytoscape {
  interface SvgExportOptions {
    /** The whole graph (true) rather than the viewport. */
    full?: boolean;
    scale?: number;
    bg?: string;
  }

  interface Core {
    svg(options?: SvgExportOptions): string;
  }
}
