// The yardstick of the start-up JavaScript budget: react, react-dom and Cytoscape, built by
// the same bundler and minifier as the app, and nothing else. Built by scripts/bench.ts.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import cytoscape from 'cytoscape';

window.baseline = { createElement, createRoot, cytoscape };
