/** Finding and resolving dates in English news text: absolute days, months, years, relative expressions and periods. */
package org.harmtrack.time;
