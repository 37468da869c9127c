// The console page's one script (a module, as the collector's CSP requires).
import './define.js';
