package io.newsroll.core.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LineWeightTest {

	@Test
	void measuresTheShareOfWebAddressesInALine() {
		assertThat(LineWeight.urlShare("no address here")).isZero();
		assertThat(LineWeight.urlShare("你可以使用这个链接引用该篇文章 http://publishblog.blogchina.com/blog/tb.b?diaryID=2756656"))
			.isGreaterThan(0.7);
		assertThat(LineWeight.urlShare("see https://a.io now")).isCloseTo(12.0 / 20, within(1e-9));
	}

	@Test
	void weighsAnAddressLineAgainstTheBodyDespiteItsLengthAndDots() {
		PageLine address = new PageLine("你可以使用这个链接引用该篇文章 http://publishblog.blogchina.com/blog/tb.b?diaryID=2756656", 0,
				"p", false);
		PageLine prose = new PageLine("杭州市安全生产监督管理局一位负责人认为，造成这么多的拆房安全事故，最根本的原因就是一些单位安全意识淡薄。", 0, "p", false);

		assertThat(LineWeight.weight(address, address.units())).isNegative();
		assertThat(LineWeight.weight(prose, prose.units())).isPositive();
	}

}
