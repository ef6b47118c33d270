// Prints the reference VADER scores used as literals in VaderReferenceTests.cs.
// Reproduce: cd /tmp && npm pack vader-sentiment@1.1.3 && tar xzf vader-sentiment-1.1.3.tgz
//            node <this file> /tmp/package
const vader = require(require('path').join(process.argv[2], 'build/vaderSentiment.bundle.js'));
const sentences = [
  // The examples in vaderSentiment.py's demo (Hutto & Gilbert), minus the emoji one (the JS port predates emoji support).
  'VADER is smart, handsome, and funny.',
  'VADER is smart, handsome, and funny!',
  'VADER is very smart, handsome, and funny.',
  'VADER is VERY SMART, handsome, and FUNNY.',
  'VADER is VERY SMART, handsome, and FUNNY!!!',
  'VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!',
  'VADER is not smart, handsome, nor funny.',
  'The book was good.',
  "At least it isn't a horrible book.",
  'The book was only kind of good.',
  'The plot was good, but the characters are uncompelling and the dialog is not great.',
  'Today SUX!',
  "Today only kinda sux! But I'll get by, lol",
  'Make sure you :) or :D today!',
  'Not bad at all',
  // The demo's "tricky sentences".
  'Sentiment analysis has never been good.',
  'Sentiment analysis has never been this good!',
  'Most automated sentiment analysis tools are shit.',
  'With VADER, sentiment analysis is the shit!',
  'Other sentiment analysis tools can be quite bad.',
  'On the other hand, VADER is quite bad ass',
  'VADER is such a badass!',
  'Without a doubt, excellent idea.',
  'Roger Dodger is one of the most compelling variations on this theme.',
  'Roger Dodger is at least compelling as a variation on the theme.',
  'Roger Dodger is one of the least compelling variations on this theme.',
  'Not such a badass after all.',
  'Without a doubt, an excellent idea.',
  // Review-like sentences written for this project.
  'The blender is great but the lid is cheap.',
  'Not good at all, it broke after two days.',
  'I would not recommend this to anyone.',
  'It works. Nothing special.',
  'ABSOLUTELY TERRIBLE customer service!!',
  'Honestly the best purchase I made this year :)',
  'Not bad, kind of useful, but hardly amazing???',
  'This is the bomb, totally worth it',
  'Yeah right, like this would ever work.',
  'It was the kiss of death for my old phone.',
];
for (const s of sentences) {
  const r = vader.SentimentIntensityAnalyzer.polarity_scores(s);
  console.log(`[TestCase(${JSON.stringify(s)}, ${r.compound.toFixed(4)}, ${r.pos.toFixed(3)}, ${r.neg.toFixed(3)}, ${r.neu.toFixed(3)})]`);
}
