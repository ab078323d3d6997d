package io.newsroll.core.article;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Checks every word list of the extractor: no empty list, no blank or repeated word,
 * every word matches its list's own pattern and passes its prefilters, and every word is
 * recognised by the rule its list feeds (the rule's pattern and prefilter are built from
 * the list).
 */
class VocabularyTest {

	private static final List<Class<?>> VOCABULARIES = List.of(BoilerplateWords.class, CreditWords.class,
			DateWords.class, BylineWords.class, ContainerWords.class, OtherLanguageBylines.class);

	@Test
	void everyListHasWordsAndEachWordMatchesItsOwnPatternAndPrefilters() throws IllegalAccessException {
		List<WordList> lists = allLists();
		assertThat(lists).hasSizeGreaterThan(30);
		SoftAssertions softly = new SoftAssertions();
		for (WordList list : lists) {
			softly.assertThat(list.words()).as(list.name()).isNotEmpty();
			softly.assertThat(new HashSet<>(list.words()))
				.as("%s has no word twice", list.name())
				.hasSameSizeAs(list.words());
			Pattern own = Pattern.compile(list.alternation());
			for (String word : list.words()) {
				softly.assertThat(word).as(list.name()).isNotBlank().isEqualTo(word.strip());
				softly.assertThat(own.matcher(word).matches()).as("%s: %s matches %s", list.name(), word, own).isTrue();
				softly.assertThat(list.firstChars()).as(list.name()).contains(word.substring(0, 1));
				softly.assertThat(list.lowerFirstChars())
					.as(list.name())
					.contains(word.substring(0, 1).toLowerCase(Locale.ROOT));
				softly.assertThat(list.lastChars()).as(list.name()).contains(word.substring(word.length() - 1));
				for (char c : list.sharedChars().toCharArray()) {
					softly.assertThat(word).as("%s: every word has %s", list.name(), c).contains(String.valueOf(c));
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void aListCannotBeEmptyOrHaveABlankWord() {
		assertThatThrownBy(() -> WordList.of("nothing")).hasMessageContaining("nothing is empty");
		assertThatThrownBy(() -> WordList.of("blank", "a", " ")).hasMessageContaining("blank has a blank word");
	}

	@Test
	void wordsAreLiteralButForAFinalFullWidthColon() {
		assertThat(WordList.regex("标签：")).isEqualTo("标签[:：]");
		assertThat(WordList.regex("Date:")).isEqualTo("Date:");
		assertThat(WordList.regex("Ph.D. (Hons)")).isEqualTo("Ph\\.D\\. \\(Hons\\)");
		assertThat(Pattern.compile(WordList.of("x", "标签：").alternation()).matcher("标签:").matches()).isTrue();
	}

	@Test
	void everyOpenerEndsTheArticle() {
		SoftAssertions softly = new SoftAssertions();
		for (String word : BoilerplateWords.OPENERS.words()) {
			softly.assertThat(LineWeight.isBoilerplate(word)).as(word).isTrue();
			softly.assertThat(LineWeight.isBoilerplate(word + " 更多")).as(word).isTrue();
		}
		for (String word : BoilerplateWords.MARKS.words()) {
			softly.assertThat(LineWeight.hasBoilerplateMark("2023 " + word + " example.com")).as(word).isTrue();
		}
		softly.assertThat(LineWeight.isBoilerplate("相关部门表示将加强监管工作")).isFalse();
		softly.assertAll();
	}

	@Test
	void everySectionHeadingIsASectionBreak() {
		List<String> headings = new ArrayList<>();
		for (String qualifier : BoilerplateWords.SECTION_QUALIFIERS.words()) {
			for (String noun : BoilerplateWords.SECTION_NOUNS.words()) {
				headings.add(qualifier + noun);
			}
		}
		for (String you : BoilerplateWords.YOU.words()) {
			for (String ending : BoilerplateWords.YOU_MAY_LIKE_ENDINGS.words()) {
				headings.add(you + ending);
				headings.add(you + "可能還" + ending);
			}
		}
		headings.addAll(BoilerplateWords.SECTION_HEADINGS.words());
		headings.addAll(BoilerplateWords.ENGLISH_SECTION_HEADINGS.words());
		SoftAssertions softly = new SoftAssertions();
		for (String heading : headings) {
			softly.assertThat(LineWeight.isSectionBreak(heading)).as(heading).isTrue();
			softly.assertThat(LineWeight.isSectionBreak("【" + heading + "】：")).as(heading).isTrue();
			softly.assertThat(LineWeight.isSectionBreak(heading + "的事")).as(heading).isFalse();
		}
		for (String heading : BoilerplateWords.ENGLISH_SECTION_HEADINGS.words()) {
			softly.assertThat(LineWeight.isSectionBreak(heading.toUpperCase(Locale.ROOT) + ":")).as(heading).isTrue();
		}
		for (String heading : BoilerplateWords.TAG_HEADINGS.words()) {
			softly.assertThat(LineWeight.isSectionBreak(heading)).as(heading).isTrue();
			softly.assertThat(LineWeight.isSectionBreak(heading.toUpperCase(Locale.ROOT) + "：")).as(heading).isTrue();
			softly.assertThat(LineWeight.isSectionBreak(heading + " a suspect")).as(heading).isFalse();
		}
		softly.assertAll();
	}

	@Test
	void everyHeadingOfTheOtherLanguagesIsASectionBreakOrFurnitureAsAWholeLine() {
		SoftAssertions softly = new SoftAssertions();
		for (String heading : BoilerplateWords.OTHER_SECTION_HEADINGS.words()) {
			softly.assertThat(heading.length()).as(heading).isLessThanOrEqualTo(24);
			softly.assertThat(LineWeight.isSectionBreak(heading)).as(heading).isTrue();
			softly.assertThat(LineWeight.isSectionBreak(heading.toUpperCase(Locale.ROOT) + ":")).as(heading).isTrue();
			softly.assertThat(LineWeight.isSectionBreak(capitalized(heading))).as(heading).isTrue();
			softly.assertThat(LineWeight.isSectionBreak(heading + " x")).as(heading).isFalse();
		}
		for (String heading : BoilerplateWords.OTHER_LIST_HEADINGS.words()) {
			softly.assertThat(BodyClutter.isListHeading(capitalized(heading))).as(heading).isTrue();
			softly.assertThat(BodyClutter.isListHeading(heading.toUpperCase(Locale.ROOT) + ":")).as(heading).isTrue();
			softly.assertThat(LineWeight.isSectionBreak(heading)).as(heading).isFalse();
			softly.assertThat(BodyClutter.isListHeading(capitalized(heading) + ", sagte die Ministerin am Montag."))
				.as(heading)
				.isFalse();
		}
		softly.assertAll();
	}

	@Test
	void everyClosingNoticeStartsABoilerplateLineInAnyCase() {
		SoftAssertions softly = new SoftAssertions();
		for (String notice : BoilerplateWords.CLOSING_NOTICES.words()) {
			softly.assertThat(LineWeight.isBoilerplate(notice + ".")).as(notice).isTrue();
			softly.assertThat(LineWeight.isBoilerplate(notice.toUpperCase(Locale.ROOT))).as(notice).isTrue();
			softly.assertThat(LineWeight.isBoilerplate("Sie sagte: " + notice)).as(notice).isFalse();
		}
		softly.assertAll();
	}

	@Test
	void everyListHeadingIsBoilerplateAsAWholeLine() {
		SoftAssertions softly = new SoftAssertions();
		for (String word : BoilerplateWords.LIST_HEADINGS.words()) {
			softly.assertThat(LineWeight.isBoilerplate(word)).as(word).isTrue();
			softly.assertThat(LineWeight.isBoilerplate(word.toUpperCase(Locale.ROOT) + ":")).as(word).isTrue();
			softly.assertThat(LineWeight.isBoilerplate(word + " said the minister")).as(word).isFalse();
		}
		for (String word : BoilerplateWords.LIST_HEADINGS_ON.words()) {
			softly.assertThat(LineWeight.isBoilerplate(word + " TIME")).as(word).isTrue();
		}
		for (String word : BoilerplateWords.LIST_HEADINGS_YOU.words()) {
			softly.assertThat(LineWeight.isBoilerplate(word + " these")).as(word).isTrue();
		}
		softly.assertAll();
	}

	@Test
	void clutterTeasersAndSourceNotesAreRecognised() {
		SoftAssertions softly = new SoftAssertions();
		for (String word : BoilerplateWords.INLINE_CLUTTER.words()) {
			PageLine line = new PageLine(word, 0, null, false);
			softly.assertThat(LineWeight.weight(line, line.units())).as(word).isEqualTo(-3);
		}
		for (String word : BoilerplateWords.LINK_TEASER_LABELS.words()) {
			softly.assertThat(BodyClutter.isLinkTeaser(word + ": Simone Biles timeline")).as(word).isTrue();
		}
		for (String word : BoilerplateWords.SOURCE_NOTES.words()) {
			softly.assertThat(BodyClutter.isSourceNote(word + ": University of Basel")).as(word).isTrue();
		}
		softly.assertAll();
	}

	@Test
	void everyCreditAndCaptionWordMakesACaption() {
		String caption = "Snow falls on the lake shore in Chicago. ";
		SoftAssertions softly = new SoftAssertions();
		for (String word : CreditWords.CREDITS_AT_END.words()) {
			softly.assertThat(Captions.isPhotoCredit(caption + word)).as(word).isTrue();
			softly.assertThat(Captions.isPhotoCredit(caption + "(" + word.toUpperCase(Locale.ROOT) + ")."))
				.as(word)
				.isTrue();
		}
		for (String word : CreditWords.CREDIT_LEADS.words()) {
			softly.assertThat(Captions.isPhotoCredit(caption + word + " Apple TV+")).as(word).isTrue();
		}
		for (String word : CreditWords.CREDIT_LABELS.words()) {
			softly.assertThat(Captions.isPhotoCredit(word + " Jane Doe")).as(word).isTrue();
		}
		for (String word : CreditWords.PICTURE_LABELS.words()) {
			softly.assertThat(Captions.isPhotoCredit(word + ": Jane Doe")).as(word).isTrue();
		}
		for (String word : CreditWords.AGENCIES.words()) {
			softly.assertThat(Captions.isPhotoCredit(caption + "(" + word + " Photo Jane Doe)")).as(word).isTrue();
			softly.assertThat(Captions.mentionsPicture("Lake shore (" + word + ")")).as(word).isTrue();
		}
		for (String word : CreditWords.CREDITED_WORKS.words()) {
			softly.assertThat(Captions.isPhotoCredit(caption + word + " by Rob Brunner.")).as(word).isTrue();
			softly.assertThat(Captions.isPhotoCredit(caption + word + "s by Rob Brunner.")).as(word).isTrue();
		}
		for (String word : CreditWords.CAPTION_WORDS.words()) {
			softly.assertThat(Captions.mentionsPicture("The " + word + " of the day")).as(word).isTrue();
		}
		for (String word : CreditWords.CHINESE_CAPTION_WORDS.words()) {
			softly.assertThat(Captions.mentionsPicture(word + "：新华社")).as(word).isTrue();
		}
		softly.assertThat(Captions.isPhotoCredit(caption)).isFalse();
		softly.assertAll();
	}

	@Test
	void everyContainerWordNamesAContainerAsAWholeWordOfAName() {
		for (String word : ContainerWords.CONTENT.words()) {
			assertThat(word).as("container words are lower-case ASCII letters").matches("[a-z]+");
			assertThat(ContentContainers.hasContentWord("js-" + word.toUpperCase(Locale.ROOT) + "_2 box")).as(word)
				.isTrue();
			assertThat(ContentContainers.hasContentWord("x" + word + "x")).as(word).isFalse();
		}
	}

	@Test
	void everyDateLabelLabelsADate() {
		SoftAssertions softly = new SoftAssertions();
		for (String word : DateWords.DATE_LABELS.words()) {
			softly.assertThat(PublishedResolver.hasDateLabel(word + " 2023-12-08")).as(word).isTrue();
			softly.assertThat(PublishedResolver.hasDateLabel(word.toLowerCase(Locale.ROOT) + " 2023-12-08"))
				.as(word)
				.isTrue();
		}
		for (String word : DateWords.DATE_WORDS.words()) {
			softly.assertThat(PublishedResolver.hasDateLabel("Filed " + word + " 2023-12-08")).as(word).isTrue();
			softly.assertThat(PublishedResolver.hasDateLabel("x" + word + "x 2023-12-08")).as(word).isFalse();
		}
		for (String month : DateWords.MONTHS.words()) {
			softly.assertThat(EnglishBylines.englishByline("By Kent German" + month + " 22, 2023"))
				.as(month)
				.containsExactly("Kent German");
		}
		softly.assertAll();
	}

	@Test
	void everyChineseBylineWordIsRead() {
		SoftAssertions softly = new SoftAssertions();
		for (String role : BylineWords.ROLES.words()) {
			if (BylineWords.PHOTO_ROLES.words().contains(role)) {
				// the photographer's role: a role to split names at, no author's
				softly.assertThat(Bylines.labelledAuthors(role + "：张三")).as(role).isEmpty();
			}
			else {
				softly.assertThat(Bylines.labelledAuthors(role + "：张三")).as(role).containsExactly("张三");
			}
		}
		for (String role : BylineWords.PHOTO_ROLES.words()) {
			softly.assertThat(Bylines.labelledAuthors("记者 张三 " + role + " 李四")).as(role).containsExactly("张三");
		}
		for (String mark : BylineWords.WRITER_MARKS.words()) {
			softly.assertThat(Bylines.labelledAuthors(mark + "/张三")).as(mark).containsExactly("张三");
		}
		for (String label : BylineWords.NAME_ENDERS.words()) {
			softly.assertThat(Bylines.labelledAuthors("作者：张三 " + label + "李四")).as(label).containsExactly("张三");
		}
		for (String label : BylineWords.EDITOR_LABELS.words()) {
			softly.assertThat(Bylines.editor(label + "：王五")).as(label).isEqualTo("王五");
		}
		for (String label : BylineWords.SOURCE_LABELS.words()) {
			softly.assertThat(Bylines.source(label + "：工人日报")).as(label).isEqualTo("工人日报");
		}
		for (String label : BylineWords.FIELD_LABELS.words()) {
			softly.assertThat(Bylines.isFieldRow("首页 | " + label + "：某某")).as(label).isTrue();
		}
		for (String surname : java.util.List.of("王", "岳", "欧阳", "司马")) {
			softly.assertThat(Bylines.hasSurname(surname + "明")).as("%s", surname).isTrue();
		}
		softly.assertThat(Bylines.hasSurname("新明")).isFalse();
		softly.assertThat(Bylines.isFieldRow("首页 | 新闻 | 体育")).isFalse();
		softly.assertAll();
	}

	@Test
	void everyEnglishBylineWordIsRead() {
		SoftAssertions softly = new SoftAssertions();
		for (String word : BylineWords.BY_PREFIXES.words()) {
			softly.assertThat(EnglishBylines.englishByline(word + " by Jane Doe")).as(word).containsExactly("Jane Doe");
		}
		for (String word : BylineWords.CREDIT_BEFORE_BY.words()) {
			softly.assertThat(EnglishBylines.englishByline(capitalized(word) + " by Jane Doe")).as(word).isEmpty();
			softly.assertThat(EnglishBylines.isBylineLabel(capitalized(word) + " by")).as(word).isFalse();
		}
		for (String word : BylineWords.BYLINE_BEFORE_BY.words()) {
			softly.assertThat(EnglishBylines.englishByline("Posted " + word + " by Jane Doe"))
				.as(word)
				.containsExactly("Jane Doe");
		}
		for (String word : BylineWords.LABELS_ALONE.words()) {
			softly.assertThat(EnglishBylines.isBylineLabel(capitalized(word))).as(word).isTrue();
		}
		for (String word : BylineWords.COLON_LABELS.words()) {
			softly.assertThat(EnglishBylines.englishByline(capitalized(word) + ": Jane Doe"))
				.as(word)
				.containsExactly("Jane Doe");
		}
		for (String word : EnglishBylines.OUTLET_WORDS.words()) {
			softly.assertThat(EnglishBylines.englishByline("By Jane Doe, Springfield " + word))
				.as(word)
				.containsExactly("Jane Doe");
		}
		softly.assertThat(EnglishBylines.englishByline("By Jane Doe, Springfield Smith"))
			.containsExactly("Jane Doe", "Springfield Smith");
		for (String word : BylineWords.JOB_TITLES.words()) {
			softly.assertThat(EnglishBylines.isJobTitle("Senior " + word)).as(word).isTrue();
		}
		for (String word : BylineWords.ROLE_WORDS.words()) {
			softly.assertThat(EnglishBylines.englishBareName("Jane " + capitalized(word), "Jane " + capitalized(word)))
				.as(word)
				.isEmpty();
		}
		for (String word : BylineWords.SECTION_WORDS.words()) {
			softly.assertThat(EnglishBylines.englishBareName("Jane " + capitalized(word), "Jane " + capitalized(word)))
				.as(word)
				.isEmpty();
		}
		for (String word : BylineWords.NAME_PARTICLES.words()) {
			String name = "Ludwig " + word + " Beethoven";
			softly.assertThat(EnglishBylines.englishBareName(name, name)).as(word).containsExactly(name);
		}
		softly.assertAll();
	}

	@Test
	void everyChineseCreditWordIsRead() {
		SoftAssertions softly = new SoftAssertions();
		for (String suffix : BylineWords.NAME_SUFFIXES.words()) {
			// (摄影 is a role too: the role split takes it, with the name before it)
			softly.assertThat(Bylines.names("张三" + suffix)).as(suffix).doesNotContain("张三" + suffix);
			if (!BylineWords.ROLES.words().contains(suffix)) {
				softly.assertThat(Bylines.names("张三" + suffix)).as(suffix).containsExactly("张三");
			}
		}
		for (String opener : BylineWords.DATELINE_OPENERS.words()) {
			softly.assertThat(Bylines.datelineAuthors(opener + "（记者 叶婉）")).as(opener).containsExactly("叶婉");
		}
		for (String mark : BylineWords.DATELINE_MARKS.words()) {
			softly.assertThat(Bylines.datelineAuthors("新华社北京5月9日" + mark + "（记者 叶婉）")).as(mark).containsExactly("叶婉");
		}
		for (String mark : BylineWords.CREDIT_MARKS.words()) {
			softly.assertThat(Bylines.creditLine("（姚峰上海" + mark + "）")).as(mark).containsExactly("姚峰");
		}
		for (String label : BylineWords.SOURCE_ENDERS.words()) {
			softly.assertThat(Bylines.source("来源：工人日报 " + label + "王五")).as(label).isEqualTo("工人日报");
		}
		for (String label : BylineWords.GLUED_SOURCE_ENDERS.words()) {
			softly.assertThat(Bylines.source("来源：工人日报" + label + "王五")).as(label).isEqualTo("工人日报");
		}
		for (String note : BylineWords.AUTHOR_NOTES.words()) {
			softly.assertThat(Bylines.authorNote("（" + note + "北京大学教授）")).as(note).isEqualTo(note + "北京大学教授");
		}
		softly.assertThat(Bylines.creditLine("（姚峰上海）")).isNotEqualTo(List.of("姚峰"));
		softly.assertAll();
	}

	@Test
	void everyEnglishCreditWordIsRead() {
		SoftAssertions softly = new SoftAssertions();
		for (String verb : DateWords.PUBLISHING_VERBS.words()) {
			softly.assertThat(EnglishBylines.englishByline("By Courtney Carr" + verb + " Dec 8, 2023"))
				.as(verb)
				.containsExactly("Courtney Carr");
			softly.assertThat(HtmlMeta.cleanMarkedAuthor("Jane Doe " + verb + " May 1")).as(verb).isEqualTo("Jane Doe");
		}
		for (String prefix : BylineWords.MARKED_AUTHOR_PREFIXES.words()) {
			softly.assertThat(HtmlMeta.cleanMarkedAuthor(capitalized(prefix) + " Jane Doe"))
				.as(prefix)
				.isEqualTo("Jane Doe");
		}
		for (String verb : BylineWords.BIO_VERBS.words()) {
			List<String> paragraphs = List.of("First paragraph of the story.", "Second paragraph of the story.",
					"Jane Doe " + verb + " a writer in Ohio.");
			Body body = new Body(paragraphs, paragraphs.stream().map((p) -> new PageLine(p, 0, null, false)).toList());
			softly.assertThat(body.withoutAuthorCard(List.of("Jane Doe")).paragraphs()).as(verb).hasSize(2);
		}
		softly.assertAll();
	}

	private static String capitalized(String word) {
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

	/** Every word list the vocabulary classes hold. */
	private static List<WordList> allLists() throws IllegalAccessException {
		List<WordList> lists = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (Class<?> vocabulary : VOCABULARIES) {
			for (Field field : vocabulary.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == WordList.class) {
					WordList list = (WordList) field.get(null);
					assertThat(names.add(list.name())).as("list name %s used once", list.name()).isTrue();
					lists.add(list);
				}
			}
		}
		return lists;
	}

}
