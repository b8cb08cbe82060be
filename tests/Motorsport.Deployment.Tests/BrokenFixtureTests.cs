using Motorsport.Deployment.Tests.Infrastructure;
using Motorsport.Deployment.Tests.Policies;

namespace Motorsport.Deployment.Tests;

/// <summary>The checks reject what they should: the deliberately bad fixtures under k8s/tests/fixtures.</summary>
[Collection(ManifestCollection.Name)]
public sealed class BrokenFixtureTests(ManifestToolchain toolchain)
{
    [Fact]
    public void The_schema_validator_rejects_the_broken_fixture_naming_the_bad_field()
    {
        var manifests = toolchain.Render(Repository.Fixture("broken-overlay"));

        manifests.ValidatorExitCode.ShouldBe(1, manifests.ValidatorOutput);
        var error = manifests.Errors.ShouldHaveSingleItem();
        error.Kind.ShouldBe("Deployment");
        error.Name.ShouldBe("regional");
        error.Field.ShouldBe("spec.template.spec.containers[0].resources.limits.memory");
        error.Message.ShouldContain("quantity");
        manifests.ValidatorOutput.ShouldContain("Deployment/regional");
        manifests.ValidatorOutput.ShouldContain("spec.template.spec.containers[0].resources.limits.memory");
    }

    [Fact]
    public void The_deployment_policy_rejects_the_insecure_fixture_naming_each_rule_it_breaks()
    {
        var manifests = toolchain.Render(Repository.Fixture("insecure-overlay"));
        manifests.Errors.ShouldBeEmpty("the insecure fixture is schema-valid; only the policy must reject it");

        var violations = DeploymentPolicy.Check(manifests.Single("Deployment", "regional"));

        var report = string.Join(Environment.NewLine, violations);
        violations.ShouldContain(v => v.Contains("readOnlyRootFilesystem must be true"), report);
        violations.ShouldContain(v => v.Contains("allowPrivilegeEscalation must be false"), report);
        violations.ShouldContain(v => v.Contains("readinessProbe must be an httpGet on /health/ready"), report);
        violations.ShouldContain(v => v.Contains("livenessProbe.httpGet.path must be /health/live, not /healthz"), report);
        violations.ShouldContain(v => v.Contains("resources.limits.cpu must be set"), report);
        violations.ShouldContain(v => v.Contains("resources.limits.memory must be set"), report);
        violations.ShouldContain(v => v.Contains("env RabbitMq__Password is a literal value"), report);
    }

    [Fact]
    public void The_secret_policy_rejects_the_insecure_fixture_naming_the_committed_secret_and_the_literal_password()
    {
        var manifests = toolchain.Render(Repository.Fixture("insecure-overlay"));

        var violations = SecretPolicy.Check(manifests.Objects);

        var report = string.Join(Environment.NewLine, violations);
        violations.ShouldContain(v => v.StartsWith("Secret/committed-secret-") && v.Contains("is committed"), report);
        violations.ShouldContain(v => v.Contains("env RabbitMq__Password has a literal value"), report);
    }
}
