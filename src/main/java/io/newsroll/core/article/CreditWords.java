package io.newsroll.core.article;

/**
 * The words of photo captions and credits printed among an article's paragraphs: the
 * credits a caption ends with, credit labels, the agencies, "Photograph by …", and the
 * words that mark a line as being about a picture. Each list feeds one rule in
 * {@link Captions}, which builds its pattern and prefilter from it.
 */
final class CreditWords {

	/**
	 * Credits a caption ends with (in its last 80 characters, any case, maybe with a
	 * closing bracket and a stop).
	 */
	static final WordList CREDITS_AT_END = WordList.of("credits at a caption's end", "Getty Images", "GettyImages",
			"Shutterstock", "AP Photo", "via AP", "File Photo");

	/**
	 * Credits a caption ends with that name the giver after them: "Courtesy of Apple
	 * TV+".
	 */
	static final WordList CREDIT_LEADS = WordList.of("credit leads", "Courtesy of");

	/** A credit label followed by a colon, any case: "Image credit:". */
	static final WordList CREDIT_LABELS = WordList.of("credit labels", "image credit:", "photo credit:");

	/**
	 * A picture's label followed by a colon and a space, any case: "Photo: AP", and in
	 * the other languages of the corpus ("Foto: ÖTZ", "Bild: shutterstock", "Imagen:").
	 */
	static final WordList PICTURE_LABELS = WordList.of("picture labels", "photo", "photos", "photograph", "foto",
			"fotos", "bild", "bilder", "imagen", "imagem", "image", "immagine", "afbeelding", "zdjęcie", "zdjęcia");

	/** News agencies credited in brackets: "(AP Photo/…)", "(Reuters)". */
	static final WordList AGENCIES = WordList.of("agencies", "AP", "AFP", "Reuters");

	/**
	 * What a credit sentence ending a line credits, capitalised, maybe plural:
	 * "Photograph by Rob Brunner.", "Illustrations by …".
	 */
	static final WordList CREDITED_WORKS = WordList.of("credited works", "Photo", "Photograph", "Photography", "Image",
			"Illustration", "Video");

	/**
	 * Whole words, any case, that make a line a caption or a credit rather than a
	 * headline or a byline.
	 */
	static final WordList CAPTION_WORDS = WordList.of("caption words", "photo", "photograph", "image", "credit",
			"getty", "courtesy", "illustration");

	/** Chinese caption words, anywhere in the line: 图片来源, 摄影. */
	static final WordList CHINESE_CAPTION_WORDS = WordList.of("Chinese caption words", "图片来源", "摄影", "资料图");

	private CreditWords() {
	}

}
