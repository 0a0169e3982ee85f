<?php
/**
 * Plugin Name:       cs-history-elements
 * Description:       Timeline, casualty chart, treaty card and map of Czechoslovak–Soviet relations 1918–1948, sourced, in English, Czech and Slovak: as blocks, as shortcodes ([cs-timeline], [casualty-chart], [treaty-card], [cs-map]) and as plain tags that authors may write.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       cs-history-elements
 *
 * Why a plugin: WordPress's HTML filter (kses) strips unknown tags for every
 * author who is not an administrator, and a page needs the elements' module
 * script. This file only wires WordPress's hooks; what an element accepts and
 * how it is written out lives in includes/elements.php.
 *
 * @package cs-history-elements
 */

namespace CsHistoryElements;

defined( 'ABSPATH' ) || exit;

const VERSION     = '0.1.0';
const PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/scripts.php';
require_once __DIR__ . '/includes/blocks.php';

add_action( 'init', __NAMESPACE__ . '\load_translations' );
add_action( 'init', __NAMESPACE__ . '\register_shortcodes' );
add_action( 'init', __NAMESPACE__ . '\register_blocks' );
add_filter( 'wp_kses_allowed_html', __NAMESPACE__ . '\allow_tags', 10, 2 );
// Before blocks (9) and shortcodes (11) run: what an author typed as tags.
add_filter( 'the_content', __NAMESPACE__ . '\enqueue_for_tags_in', 8 );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\as_module', 10, 2 );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\enqueue_editor_assets' );

/** Czech and Slovak for the editors' notices (languages/, compiled by `npm run build`). */
function load_translations() {
	load_plugin_textdomain( 'cs-history-elements', false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
}

/** One shortcode per element, named after its tag. */
function register_shortcodes() {
	foreach ( array_keys( elements() ) as $tag ) {
		add_shortcode(
			$tag,
			static function ( $atts ) use ( $tag ) {
				return render( $tag, shortcode_values( $tag, is_array( $atts ) ? $atts : array() ) );
			}
		);
	}
}

/**
 * Lets the elements and their attributes through kses for everyone who may
 * write posts (administrators have `unfiltered_html` and skip kses anyway).
 *
 * @param array  $allowed The allowed tags of the context.
 * @param string $context The kses context.
 * @return array
 */
function allow_tags( $allowed, $context ) {
	if ( 'post' !== $context || ! is_array( $allowed ) ) {
		return $allowed;
	}
	foreach ( elements() as $tag => $element ) {
		$attributes = array_fill_keys( array_keys( $element['attributes'] ), true );
		$attributes = function_exists( '_wp_add_global_attributes' ) ? _wp_add_global_attributes( $attributes ) : $attributes;
		$allowed[ $tag ] = array_merge( $allowed[ $tag ] ?? array(), $attributes );
	}
	return $allowed;
}

/**
 * Loads the scripts of the elements an author wrote as tags. Shortcodes and
 * blocks load theirs as they render.
 *
 * @param string $content The post content.
 * @return string The same content.
 */
function enqueue_for_tags_in( $content ) {
	if ( is_string( $content ) && preg_match_all( '/<(' . implode( '|', array_map( 'preg_quote', array_keys( elements() ) ) ) . ')[\s>\/]/i', $content, $matches ) ) {
		foreach ( array_unique( array_map( 'strtolower', $matches[1] ) ) as $tag ) {
			enqueue( $tag );
		}
	}
	return $content;
}
