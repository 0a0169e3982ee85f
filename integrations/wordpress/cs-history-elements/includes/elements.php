<?php
/**
 * What an element accepts, and the one way the plugin writes an element out.
 *
 * Shortcodes and blocks both end in render(): the values are checked against
 * the generated list (attributes.php, made from the elements' own sources),
 * editors see a notice naming a wrong attribute and what is valid, and the
 * element keeps a wrong value so that readers see the element's own error
 * message in their language rather than a silently different picture.
 *
 * @package cs-history-elements
 */

namespace CsHistoryElements;

defined( 'ABSPATH' ) || exit;

/**
 * The elements and their attributes (see attributes.php).
 *
 * @return array<string, array{summary: string, attributes: array<string, array>}>
 */
function elements() {
	static $elements = null;
	if ( null === $elements ) {
		$elements = require __DIR__ . '/attributes.php';
	}
	return $elements;
}

/**
 * The values of a shortcode's attributes: `[treaty-card treaty="1943" compact]`.
 * A bare word is a boolean attribute; `compact="false"` (or "0", "no") turns
 * one off.
 *
 * @param string $tag  The element.
 * @param array  $atts What WordPress parsed from the shortcode.
 * @return array<string, string|bool> Attribute name => value (true for a boolean that is on).
 */
function shortcode_values( $tag, array $atts ) {
	$values = array();
	foreach ( $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$values[ strtolower( (string) $value ) ] = true;
			continue;
		}
		$name = strtolower( (string) $name );
		$kind = elements()[ $tag ]['attributes'][ $name ]['kind'] ?? null;
		if ( 'boolean' === $kind ) {
			$values[ $name ] = ! in_array( strtolower( trim( (string) $value ) ), array( 'false', '0', 'no', 'off' ), true );
		} else {
			$values[ $name ] = (string) $value;
		}
	}
	return $values;
}

/**
 * The first day of a year, month or day (`1938`, `1938-09`, `1938-09-30`) and
 * its last, as ISO dates; null when it is not such a date.
 *
 * @param string $value The attribute value.
 * @return array{0: string, 1: string}|null
 */
function date_span( $value ) {
	if ( ! preg_match( '/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/', trim( $value ), $m ) ) {
		return null;
	}
	$year  = (int) $m[1];
	$month = isset( $m[2] ) ? (int) $m[2] : 0;
	$day   = isset( $m[3] ) ? (int) $m[3] : 0;
	if ( $month && ( $month > 12 || ( $day && ! checkdate( $month, $day, $year ) ) ) ) {
		return null;
	}
	if ( $day ) {
		$first = sprintf( '%04d-%02d-%02d', $year, $month, $day );
		return array( $first, $first );
	}
	if ( $month ) {
		$last_day = days_in_month( $month, $year );
		return array( sprintf( '%04d-%02d-01', $year, $month ), sprintf( '%04d-%02d-%02d', $year, $month, $last_day ) );
	}
	return array( sprintf( '%04d-01-01', $year ), sprintf( '%04d-12-31', $year ) );
}

/**
 * Days in a month without the calendar extension, which not every host has.
 *
 * @param int $month 1–12.
 * @param int $year  The year.
 * @return int
 */
function days_in_month( $month, $year ) {
	for ( $day = 31; $day > 28; $day-- ) {
		if ( checkdate( $month, $day, $year ) ) {
			return $day;
		}
	}
	return 28;
}

/**
 * What is wrong with the attributes of one element, as sentences that name
 * the attribute and what is valid.
 *
 * @param string $tag    The element.
 * @param array  $values Attribute name => value.
 * @return string[] Empty when all is well.
 */
function problems( $tag, array $values ) {
	$element = elements()[ $tag ] ?? null;
	if ( ! $element ) {
		/* translators: %s: a tag name */
		return array( sprintf( __( 'There is no element <%s>.', 'cs-history-elements' ), $tag ) );
	}
	$problems = array();
	$has_src  = isset( $values['src'] ) && '' !== trim( (string) $values['src'] );
	foreach ( $values as $name => $value ) {
		$rule = $element['attributes'][ $name ] ?? null;
		if ( ! $rule ) {
			$problems[] = sprintf(
				/* translators: 1: element, 2: attribute, 3: list of attributes */
				__( '<%1$s> has no attribute “%2$s”; it takes %3$s.', 'cs-history-elements' ),
				$tag,
				$name,
				implode( ', ', array_keys( $element['attributes'] ) )
			);
			continue;
		}
		$problem = value_problem( $rule, $value, $has_src );
		if ( null !== $problem ) {
			$problems[] = sprintf(
				/* translators: 1: element, 2: attribute, 3: the wrong value, 4: what is valid */
				__( '<%1$s>: %2$s=“%3$s” is not valid; %2$s takes %4$s.', 'cs-history-elements' ),
				$tag,
				$name,
				is_bool( $value ) ? '' : $value,
				$problem
			);
		}
	}
	foreach ( $element['attributes'] as $name => $rule ) {
		if ( ! empty( $rule['required'] ) && ( ! isset( $values[ $name ] ) || '' === trim( (string) $values[ $name ] ) ) ) {
			$problems[] = sprintf(
				/* translators: 1: element, 2: attribute, 3: what is valid */
				__( '<%1$s> needs %2$s: %3$s.', 'cs-history-elements' ),
				$tag,
				$name,
				implode( ', ', $rule['values'] )
			);
		}
	}
	if ( 'cs-timeline' === $tag && ! empty( $values['from'] ) && ! empty( $values['to'] ) ) {
		$from = date_span( (string) $values['from'] );
		$to   = date_span( (string) $values['to'] );
		if ( $from && $to && $to[1] < $from[0] ) {
			/* translators: 1: the `to` value, 2: the `from` value */
			$problems[] = sprintf( __( '<cs-timeline>: to=“%1$s” is before from=“%2$s”.', 'cs-history-elements' ), $values['to'], $values['from'] );
		}
	}
	return $problems;
}

/**
 * What a value should have been, or null when it is valid.
 *
 * @param array       $rule    The attribute's entry in attributes.php.
 * @param string|bool $value   The value.
 * @param bool        $has_src Whether the element reads a document of the page's own.
 * @return string|null
 */
function value_problem( array $rule, $value, $has_src ) {
	$text = is_bool( $value ) ? '' : trim( (string) $value );
	switch ( $rule['kind'] ) {
		case 'boolean':
			return null;
		case 'enum':
			if ( '' === $text || in_array( $text, $rule['values'], true ) || ( $has_src && ! empty( $rule['bundled'] ) ) ) {
				return null;
			}
			return implode( ', ', $rule['values'] );
		case 'tokens':
			foreach ( preg_split( '/\s+/', $text, -1, PREG_SPLIT_NO_EMPTY ) as $token ) {
				if ( ! in_array( $token, $rule['values'], true ) ) {
					/* translators: %s: list of values */
					return sprintf( __( 'space-separated values from %s', 'cs-history-elements' ), implode( ', ', $rule['values'] ) );
				}
			}
			return null;
		case 'date':
			return '' === $text || date_span( $text ) ? null : __( 'a year (1938) or a date (1938-09-30)', 'cs-history-elements' );
		case 'url':
			return '' === $text || safe_url( $text ) === $text ? null : __( 'an http(s) or relative URL', 'cs-history-elements' );
		default:
			// `lang` falls back to English in the element; ids of a page's own data cannot be known here.
			return null;
	}
}

/**
 * The URL without a scheme other than http(s); relative URLs stay relative
 * (esc_url would turn `data/events.json` into `http://data/events.json`).
 *
 * @param string $url The URL.
 * @return string
 */
function safe_url( $url ) {
	return wp_kses_bad_protocol( $url, array( 'http', 'https' ) );
}

/**
 * The element's HTML, its script enqueued, and for editors a notice above it
 * when an attribute is wrong.
 *
 * @param string $tag    The element.
 * @param array  $values Attribute name => value (true for a boolean that is on).
 * @return string
 */
function render( $tag, array $values ) {
	$element = elements()[ $tag ] ?? null;
	if ( ! $element ) {
		return '';
	}
	enqueue( $tag );
	$html = '<' . $tag;
	foreach ( $values as $name => $value ) {
		$rule = $element['attributes'][ $name ] ?? null;
		if ( ! $rule || false === $value || ( 'boolean' !== $rule['kind'] && '' === trim( (string) $value ) ) ) {
			continue;
		}
		if ( 'boolean' === $rule['kind'] ) {
			$html .= ' ' . $name;
		} elseif ( 'url' === $rule['kind'] ) {
			// A `javascript:` or other scheme is dropped, not rewritten into a wrong relative URL.
			$url   = trim( (string) $value );
			$html .= safe_url( $url ) === $url ? ' ' . $name . '="' . esc_attr( $url ) . '"' : '';
		} else {
			$html .= ' ' . $name . '="' . esc_attr( trim( (string) $value ) ) . '"';
		}
	}
	$html    .= '></' . $tag . '>';
	$problems = problems( $tag, $values );
	return ( $problems && current_user_can( 'edit_posts' ) ? notice( $problems ) : '' ) . $html;
}

/**
 * The editors' notice: what is wrong and what is valid. Readers never see it;
 * they see the element's own message.
 *
 * @param string[] $problems Sentences from problems().
 * @return string
 */
function notice( array $problems ) {
	$items = '';
	foreach ( $problems as $problem ) {
		$items .= '<li>' . esc_html( $problem ) . '</li>';
	}
	return '<div class="cs-history-notice" role="note" style="border-left:4px solid #d63638;background:#fcf0f1;color:#1e1e1e;padding:.5em 1em;margin:0 0 1em;font:14px/1.5 sans-serif">'
		. '<strong>' . esc_html__( 'cs-history-elements: please check this element (only editors see this note).', 'cs-history-elements' ) . '</strong>'
		. '<ul style="margin:.25em 0 0 1.25em;padding:0">' . $items . '</ul></div>';
}
