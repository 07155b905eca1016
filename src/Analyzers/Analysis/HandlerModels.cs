using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodeAnalyzers.Analysis
{
    /// <summary>
    /// One <see cref="HandlerModel"/> per handler and semantic model, shared by the two rules that read handlers
    /// (ErrorCodeLiteralAnalyzer and UnhandledMandatoryCodesAnalyzer): the driver hands both the same semantic model for a
    /// tree, so the second rule to reach a switch or an if-chain reads the model (and the subject's verdict) the first one
    /// built instead of asking the semantic model again. The models live as long as their semantic model.
    /// </summary>
    internal static class HandlerModels
    {
        private static readonly ConditionalWeakTable<SemanticModel, ConcurrentDictionary<SyntaxNode, HandlerModel>> Cache = new();

        public static HandlerModel ForSwitchStatement(SwitchStatementSyntax switchStatement, SemanticModel model, CancellationToken cancellationToken) =>
            Get(switchStatement, model, cancellationToken);

        public static HandlerModel ForSwitchExpression(SwitchExpressionSyntax switchExpression, SemanticModel model, CancellationToken cancellationToken) =>
            Get(switchExpression, model, cancellationToken);

        public static HandlerModel ForIfChain(IfStatementSyntax head, SemanticModel model, CancellationToken cancellationToken) =>
            Get(head, model, cancellationToken);

        private static HandlerModel Get(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            var models = Cache.GetValue(model, _ => new ConcurrentDictionary<SyntaxNode, HandlerModel>());
            if (models.TryGetValue(node, out var cached))
            {
                return cached;
            }

            // Built outside the dictionary: a cancelled build throws and leaves nothing behind. Racing threads build equal
            // models; whichever is stored first is the one both use from then on.
            var built = node switch
            {
                SwitchStatementSyntax switchStatement => HandlerModel.ForSwitchStatement(switchStatement, model, cancellationToken),
                SwitchExpressionSyntax switchExpression => HandlerModel.ForSwitchExpression(switchExpression, model, cancellationToken),
                _ => HandlerModel.ForIfChain((IfStatementSyntax)node, model, cancellationToken),
            };
            return models.GetOrAdd(node, built);
        }
    }
}
