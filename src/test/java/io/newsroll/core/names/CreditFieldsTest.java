package io.newsroll.core.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditFieldsTest {

	@Test
	void dropsTheLinkTextPrintedAfterASource() {
		assertThat(CreditFields.source("新京报 举报")).isEqualTo("新京报");
		assertThat(CreditFields.source("证券市场红周刊举报")).isEqualTo("证券市场红周刊");
		assertThat(CreditFields.source("华龙网 分享 收藏")).isEqualTo("华龙网");
		assertThat(CreditFields.source("中工网——《工人日报》")).isEqualTo("中工网——《工人日报》");
		assertThat(CreditFields.source("举报")).isEqualTo("举报");
		assertThat(CreditFields.source("  ")).isNull();
	}

	@Test
	void keepsEveryEditorAndNoStaffCodeOrOtherRole() {
		assertThat(CreditFields.editors("刘晓阳 校对 李铭")).containsExactly("刘晓阳");
		assertThat(CreditFields.editors("姚立伟_NT6056")).containsExactly("姚立伟");
		assertThat(CreditFields.editors("杨倩 NF4425")).containsExactly("杨倩");
		assertThat(CreditFields.editors("刘晓阳、姚立伟")).containsExactly("刘晓阳", "姚立伟");
		assertThat(CreditFields.editors("陈 刚")).containsExactly("陈刚");
		assertThat(CreditFields.editors("编辑：王五 审核：赵六")).containsExactly("王五");
	}

	@Test
	void keepsOnlyThePeopleOfAnAuthorCredit() {
		assertThat(CreditFields.authors("陈智 整合")).containsExactly("陈智");
		assertThat(CreditFields.authors("新京报")).isEmpty();
		assertThat(CreditFields.authors("段彦超 廖艳")).containsExactly("段彦超", "廖艳");
		assertThat(CreditFields.authors("刘玺东易赛楠")).containsExactly("刘玺东", "易赛楠");
		assertThat(CreditFields.authors("网易")).isEmpty();
	}

}
