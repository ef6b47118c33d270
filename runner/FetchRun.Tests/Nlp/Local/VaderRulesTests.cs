using FetchRun.Reviews.Nlp.Local;

namespace FetchRun.Tests.Nlp.Local;

/// <summary>Each VADER rule moves the compound score the way the paper describes.</summary>
public sealed class VaderRulesTests
{
    private static double Compound(string text) => VaderAnalyzer.PolarityScores(text).Compound;

    [TestCase("The soup is very good.")]
    [TestCase("The soup is extremely good.")]
    [TestCase("The soup is really good.")]
    public void PolarityScores_Booster_RaisesPositive(string boosted)
    {
        Assert.That(Compound(boosted), Is.GreaterThan(Compound("The soup is good.")));
    }

    [Test]
    public void PolarityScores_Dampener_LowersPositive()
    {
        Assert.That(Compound("The soup is slightly good."), Is.LessThan(Compound("The soup is good.")));
    }

    [Test]
    public void PolarityScores_BoosterOnNegative_MakesItMoreNegative()
    {
        Assert.That(Compound("The soup is very bad."), Is.LessThan(Compound("The soup is bad.")));
    }

    [TestCase("The soup is not good.")]
    [TestCase("The soup isn't good.")]
    [TestCase("The soup was never good.")]
    [TestCase("It is not good at all.")]
    public void PolarityScores_NegatedPositive_IsNegative(string text)
    {
        Assert.That(Compound(text), Is.LessThan(0));
    }

    [Test]
    public void PolarityScores_NegatedNegative_IsPositive()
    {
        Assert.That(Compound("The soup is not bad."), Is.GreaterThan(0));
    }

    [Test]
    public void PolarityScores_NegationThreeWordsBack_StillNegates()
    {
        Assert.That(Compound("It is not really that good."), Is.LessThan(0));
    }

    [Test]
    public void PolarityScores_ClauseAfterBut_Dominates()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Compound("The food was good but the service was awful."), Is.LessThan(0));
            Assert.That(Compound("The service was awful but the food was good."), Is.GreaterThan(0));
        });
    }

    [Test]
    public void PolarityScores_CapsOnSomeWords_Emphasises()
    {
        Assert.That(Compound("The soup is GOOD."), Is.GreaterThan(Compound("The soup is good.")));
    }

    [Test]
    public void PolarityScores_CapsOnEveryWord_DoesNotEmphasise()
    {
        Assert.That(Compound("THE SOUP IS GOOD."), Is.EqualTo(Compound("The soup is good.")));
    }

    [Test]
    public void PolarityScores_Exclamations_EmphasiseUpToFour()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Compound("The soup is good!"), Is.GreaterThan(Compound("The soup is good.")));
            Assert.That(Compound("The soup is good!!!"), Is.GreaterThan(Compound("The soup is good!")));
            Assert.That(Compound("The soup is good! ! ! ! ! !"), Is.EqualTo(Compound("The soup is good! ! ! !")));
        });
    }

    [Test]
    public void PolarityScores_QuestionMarks_EmphasiseFromTwo()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Compound("Is the soup good?"), Is.EqualTo(Compound("Is the soup good")));
            Assert.That(Compound("Is the soup good??"), Is.GreaterThan(Compound("Is the soup good?")));
        });
    }

    [Test]
    public void PolarityScores_Idiom_ReplacesWordValence()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Compound("This phone is the bomb."), Is.GreaterThan(0.5));
            Assert.That(Compound("This phone is a bomb."), Is.LessThan(0));
        });
    }

    [Test]
    public void PolarityScores_LeastBeforeWord_Negates()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Compound("It is the least helpful manual."), Is.LessThan(0));
            Assert.That(Compound("It is at least helpful."), Is.GreaterThan(0));
        });
    }

    [Test]
    public void PolarityScores_Emoticon_KeptAsOneToken()
    {
        Assert.That(Compound("Arrived today :)"), Is.GreaterThan(0));
    }

    [Test]
    public void PolarityScores_TrailingPunctuation_StrippedFromWord()
    {
        Assert.That(Compound("Terrible, awful, useless."), Is.EqualTo(Compound("Terrible awful useless")));
    }
}
