using Motorsport.Messaging;

namespace Motorsport.UnitTests.Messaging;

public sealed class RabbitMqOptionsTests
{
    [Fact]
    public void Without_a_node_list_the_one_host_is_the_broker()
    {
        var options = new RabbitMqOptions { Host = "rabbitmq", Port = 5673 };

        options.NodesAreValid().ShouldBeTrue();
        options.Brokers().ShouldBe([("rabbitmq", 5673)]);
    }

    [Fact]
    public void Cluster_nodes_are_tried_in_order_and_take_the_default_port_unless_they_name_one()
    {
        var options = new RabbitMqOptions { Port = 5672, Nodes = ["rabbit-1", "rabbit-2:5682", "127.0.0.1:5683"] };

        options.NodesAreValid().ShouldBeTrue();
        options.Brokers().ShouldBe([("rabbit-1", 5672), ("rabbit-2", 5682), ("127.0.0.1", 5683)]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("rabbit-1:")]
    [InlineData("rabbit-1:http")]
    [InlineData("rabbit-1:0")]
    [InlineData("rabbit-1:70000")]
    [InlineData("rabbit 1")]
    [InlineData("rabbit-1:5672:5673")]
    public void A_node_that_is_not_host_or_host_port_is_refused_at_start(string node)
    {
        var options = new RabbitMqOptions { Nodes = ["rabbit-1", node] };

        options.NodesAreValid().ShouldBeFalse();
        Should.Throw<FormatException>(() => options.Brokers());
    }
}
