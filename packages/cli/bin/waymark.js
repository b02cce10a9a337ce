#!/usr/bin/env node
// Launcher committed in the repo so that npm links `waymark` at install time, before the build.
import '../dist/bin.js';
