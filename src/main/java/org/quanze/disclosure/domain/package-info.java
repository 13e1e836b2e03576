/** The anonymisation rules of 法释〔2016〕19号 第8–11条 as pure Java: who is hidden, how, and what is deleted. */
package org.quanze.disclosure.domain;
