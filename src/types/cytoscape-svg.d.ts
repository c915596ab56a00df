// cytoscape-svg ships no types: its default export registers cy.svg() (typed in cytoscape-svg-core.d.ts).
declare module 'cytoscape-svg' {
  const register: (cytoscape: unknown) => void;
  export default register;
}
