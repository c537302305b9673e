from news.sitemaps import ArticleSitemap, NewsPagesSitemap

SITEMAPS = {"pages": NewsPagesSitemap, "articles": ArticleSitemap}
