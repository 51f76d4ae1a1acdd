// Test-runner commands the tests call with executeServerCommand (from @web/test-runner-commands):
//   'forced-colors' { active }  emulates Windows' forced colours through the DevTools protocol
//                               (emulateMedia cannot: puppeteer's emulateMediaFeatures refuses it);
//   'screenshot' { x, y, width, height } → a PNG (base64) of that part of the page, in CSS pixels,
//                               so a test can check what is drawn (a bar's fill), not only styles.
const sessions = new WeakMap();

async function cdpOf(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    sessions.set(page, cdp); // kept: closing the session would end its emulation
  }
  return cdp;
}

export function testCommandsPlugin() {
  return {
    name: 'cle-test-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors' && command !== 'screenshot') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command}: needs a Chromium browser through puppeteer`);
      const page = session.browser.getPage(session.id);
      const cdp = await cdpOf(page);
      if (command === 'forced-colors') {
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
        return true;
      }
      const { x, y, width, height } = payload;
      const shot = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { x, y, width, height, scale: 1 }, captureBeyondViewport: true });
      return shot.data;
    },
  };
}
