/** Font files imported for their address (Vite's `?url`): the URL the built app serves them at. */
declare module "*.woff2?url" {
  const url: string;
  export default url;
}
