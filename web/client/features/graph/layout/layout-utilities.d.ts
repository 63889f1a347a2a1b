/** Type of the layout-utilities extension (its package ships none): a Cytoscape extension to `cytoscape.use`. */
declare module "cytoscape-layout-utilities" {
  import type { Ext } from "cytoscape";

  const extension: Ext;
  export default extension;
}
