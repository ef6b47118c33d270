using FetchRun.Reviews.Nlp.Local;

namespace FetchRun.Tests.Nlp.Local;

/// <summary>
/// VADER against the reference implementation. The expected values were produced by the npm package
/// vader-sentiment 1.1.3 (the JavaScript port of vaderSentiment.py): <c>node vader-reference.js &lt;unpacked package&gt;</c>
/// (the script is beside this file) prints these TestCase lines. Compound to 4 decimals, shares to 3, as it prints them.
/// </summary>
public sealed class VaderReferenceTests
{
    [TestCase("VADER is smart, handsome, and funny.", 0.8316, 0.746, 0.000, 0.254)]
    [TestCase("VADER is smart, handsome, and funny!", 0.8439, 0.752, 0.000, 0.248)]
    [TestCase("VADER is very smart, handsome, and funny.", 0.8545, 0.701, 0.000, 0.299)]
    [TestCase("VADER is VERY SMART, handsome, and FUNNY.", 0.9227, 0.754, 0.000, 0.246)]
    [TestCase("VADER is VERY SMART, handsome, and FUNNY!!!", 0.9342, 0.767, 0.000, 0.233)]
    [TestCase("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!", 0.9469, 0.706, 0.000, 0.294)]
    [TestCase("VADER is not smart, handsome, nor funny.", -0.7424, 0.000, 0.646, 0.354)]
    [TestCase("The book was good.", 0.4404, 0.492, 0.000, 0.508)]
    [TestCase("At least it isn't a horrible book.", 0.4310, 0.363, 0.000, 0.637)]
    [TestCase("The book was only kind of good.", 0.3832, 0.303, 0.000, 0.697)]
    [TestCase("The plot was good, but the characters are uncompelling and the dialog is not great.", -0.7042, 0.094, 0.327, 0.579)]
    [TestCase("Today SUX!", -0.5461, 0.000, 0.779, 0.221)]
    [TestCase("Today only kinda sux! But I'll get by, lol", 0.2228, 0.251, 0.179, 0.569)]
    [TestCase("Make sure you :) or :D today!", 0.8633, 0.706, 0.000, 0.294)]
    [TestCase("Not bad at all", -0.5423, 0.000, 0.538, 0.462)]
    [TestCase("Sentiment analysis has never been good.", -0.3412, 0.000, 0.325, 0.675)]
    [TestCase("Sentiment analysis has never been this good!", 0.5672, 0.379, 0.000, 0.621)]
    [TestCase("Most automated sentiment analysis tools are shit.", -0.5574, 0.000, 0.375, 0.625)]
    [TestCase("With VADER, sentiment analysis is the shit!", 0.6476, 0.417, 0.000, 0.583)]
    [TestCase("Other sentiment analysis tools can be quite bad.", -0.5849, 0.000, 0.351, 0.649)]
    [TestCase("On the other hand, VADER is quite bad ass", 0.8020, 0.577, 0.000, 0.423)]
    [TestCase("VADER is such a badass!", -0.2244, 0.000, 0.387, 0.613)]
    [TestCase("Without a doubt, excellent idea.", 0.2960, 0.451, 0.305, 0.244)]
    [TestCase("Roger Dodger is one of the most compelling variations on this theme.", 0.2944, 0.166, 0.000, 0.834)]
    [TestCase("Roger Dodger is at least compelling as a variation on the theme.", 0.2263, 0.160, 0.000, 0.840)]
    [TestCase("Roger Dodger is one of the least compelling variations on this theme.", -0.1695, 0.000, 0.132, 0.868)]
    [TestCase("Not such a badass after all.", -0.1531, 0.000, 0.286, 0.714)]
    [TestCase("Without a doubt, an excellent idea.", 0.2960, 0.402, 0.272, 0.326)]
    [TestCase("The blender is great but the lid is cheap.", 0.3716, 0.242, 0.000, 0.758)]
    [TestCase("Not good at all, it broke after two days.", 0.0258, 0.228, 0.220, 0.551)]
    [TestCase("I would not recommend this to anyone.", -0.2755, 0.000, 0.297, 0.703)]
    [TestCase("It works. Nothing special.", 0.4019, 0.474, 0.000, 0.526)]
    [TestCase("ABSOLUTELY TERRIBLE customer service!!", -0.7538, 0.000, 0.645, 0.355)]
    [TestCase("Honestly the best purchase I made this year :)", 0.8807, 0.671, 0.000, 0.329)]
    [TestCase("Not bad, kind of useful, but hardly amazing???", 0.7185, 0.500, 0.155, 0.345)]
    [TestCase("This is the bomb, totally worth it", 0.8402, 0.615, 0.000, 0.385)]
    [TestCase("Yeah right, like this would ever work.", 0.5719, 0.485, 0.000, 0.515)]
    [TestCase("It was the kiss of death for my old phone.", -0.6124, 0.000, 0.385, 0.615)]
    public void PolarityScores_ReferenceSentence_MatchesReferenceImplementation(string text, double compound, double positive, double negative, double neutral)
    {
        var scores = VaderAnalyzer.PolarityScores(text);

        Assert.Multiple(() =>
        {
            Assert.That(scores.Compound, Is.EqualTo(compound).Within(0.00005), "compound");
            Assert.That(scores.Positive, Is.EqualTo(positive).Within(0.0005), "pos");
            Assert.That(scores.Negative, Is.EqualTo(negative).Within(0.0005), "neg");
            Assert.That(scores.Neutral, Is.EqualTo(neutral).Within(0.0005), "neu");
        });
    }

    [Test]
    public void PolarityScores_NoWords_AllZero()
    {
        Assert.That(VaderAnalyzer.PolarityScores("a !"), Is.EqualTo(default(VaderScores)));
    }
}
