using Yardstick.Core.Sentences;

namespace Yardstick.Core.Pages;

/// <summary>A model's figure placed among its comparison class, with the sentence a page shows.</summary>
public sealed record PlacedFigure(Placement Placement, string ValueText, string Sentence);
