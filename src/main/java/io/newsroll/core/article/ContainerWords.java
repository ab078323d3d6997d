package io.newsroll.core.article;

/**
 * The words the markup's own names (class, id, itemprop) use for the container of an
 * article's text, in the languages of the corpus and in Chinese pinyin, as data for
 * {@link ContentContainers}. A word counts where the name has it as a whole word (split
 * at -, _, spaces, digits and case changes are not split: "article-body", "post_content",
 * "zhengwen").
 */
final class ContainerWords {

	/** Names of an article's text container. */
	static final WordList CONTENT = WordList.of("content container names", "article", "articles", "content", "contents",
			"post", "entry", "story", "text", "body", "main", "maincontent", "articlebody", "articletext", "postbody",
			"storybody", "entrycontent", "richtext", "prose",
			// German, French, Spanish, Italian, Portuguese, Dutch, Polish
			"artikel", "inhalt", "beitrag", "haupttext", "contenu", "texte", "contenido", "cuerpo", "nota", "noticia",
			"articolo", "contenuto", "testo", "conteudo", "materia", "inhoud", "tresc", "tekst",
			// Chinese pinyin
			"zhengwen", "neirong", "wenzhang", "zw", "nr", "wz");

	private ContainerWords() {
	}

}
