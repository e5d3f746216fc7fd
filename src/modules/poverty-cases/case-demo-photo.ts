// A small real PNG (a house under the sun, 120×90) for the demo's visit photos and delivery evidence: embedded so no binary file is needed.

export const DEMO_HOUSE_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAHgAAABaCAIAAAD8YgW4AAABG0lEQVR42u3YIQ4CMRBA0TkOGr2aQ6DRexz0ak6CwXAINBqF3QRC2E2g0/Yl/wDtS9O0E8fzXX8oEIAGLdCgQVMADbqvHtfhNdA/J17HDXq98iJr0KBrUP7eGjRo0KBBgwbNFLR3NGjQZh2mdyjNo0ELNGjQNS13GrbzQP9DuS7rqJe4Lu6onbgW7miDOD93tEScmTuaVE5oHU0SJ+SOholTcUfzxEm4oxPi4tzRm3Ip62In+jKNperr6gANGjRo0KBBz3Z+uz/eBho0aNCgQYMGDRo0aB+W/NCH3eZzoEGDBg0aNOj80ONpX6SC0EX2Cxo0aNCgQYMGDRo0aNCgew80aNACDRo0AtCgBRo0aAqgQQs0aNAUQIPW0p5bg6B818IjmwAAAABJRU5ErkJggg==",
  "base64",
);
