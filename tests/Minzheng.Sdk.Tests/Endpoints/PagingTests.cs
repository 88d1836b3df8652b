using Minzheng.Sdk.Endpoints;

namespace Minzheng.Sdk.Tests.Endpoints;

public sealed class PagingTests
{
    [Fact]
    public void Without_parameters_the_first_page_of_the_default_size_is_served()
    {
        var paging = new PageQuery();
        Assert.Equal(1, paging.Number);
        Assert.Equal(PageQuery.DefaultPageSize, paging.Size);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(3, 3)]
    public void Page_numbers_start_at_one(int asked, int served) => Assert.Equal(served, new PageQuery { Page = asked }.Number);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(50, 50)]
    [InlineData(100000, PageQuery.MaxPageSize)]
    public void Page_sizes_are_kept_between_one_and_the_maximum(int asked, int served) => Assert.Equal(served, new PageQuery { PageSize = asked }.Size);

    [Fact]
    public void A_page_says_how_many_rows_match_in_all_and_which_page_and_size_it_serves()
    {
        var page = Enumerable.Range(1, 45).ToPage(new PageQuery { Page = 3, PageSize = 20 });
        Assert.Equal([41, 42, 43, 44, 45], page.Items);
        Assert.Equal(45, page.Total);
        Assert.Equal(3, page.Page);
        Assert.Equal(20, page.PageSize);
    }

    [Fact]
    public void A_capped_page_size_is_the_one_the_answer_reports_so_the_cap_is_never_silent()
    {
        var page = Enumerable.Range(1, 1000).ToPage(new PageQuery { PageSize = 5000 });
        Assert.Equal(PageQuery.MaxPageSize, page.Items.Count);
        Assert.Equal(PageQuery.MaxPageSize, page.PageSize);
        Assert.Equal(1000, page.Total);
    }

    [Fact]
    public void Mapping_keeps_the_count_and_position()
    {
        var page = new[] { 1, 2, 3 }.ToPage(new PageQuery { Page = 2, PageSize = 2 }).Map(n => $"#{n}");
        Assert.Equal(["#3"], page.Items);
        Assert.Equal((3, 2, 2), (page.Total, page.Page, page.PageSize));
    }

    [Theory]
    [InlineData("desc", true)]
    [InlineData("DESC", true)]
    [InlineData("asc", false)]
    [InlineData(null, false)]
    public void Order_is_read_without_case(string? order, bool descending) =>
        Assert.Equal(descending, new PageQuery { Order = order }.Descending);
}
