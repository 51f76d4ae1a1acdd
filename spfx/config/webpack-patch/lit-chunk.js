// A webpack patch (config/webpack-patch.json, the route Microsoft documents in "Customize the
// webpack configuration" for the Heft toolchain): the SPFx toolchain calls this with its final
// webpack configuration and uses what it returns. One change: Lit (lit, lit-html, lit-element,
// @lit/*) goes into a single lazy chunk, "cl-lit". Without it webpack's default split (20 kB minimum)
// copied Lit into the case-study-card and data-provider chunks as well, so a page with two of our
// web parts downloaded Lit twice and defined elements on two copies of LitElement.
module.exports = function litChunk(configuration) {
  for (const config of Array.isArray(configuration) ? configuration : [configuration]) {
    config.optimization = config.optimization || {};
    const split = config.optimization.splitChunks || {};
    config.optimization.splitChunks = {
      ...split,
      cacheGroups: {
        ...(split.cacheGroups || {}),
        lit: {
          test: /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/,
          name: 'cl-lit',
          chunks: 'async',
          enforce: true,
          priority: 20,
        },
      },
    };
  }
  return configuration;
};
