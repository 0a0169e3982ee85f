<?php
/**
 * One block per element (`cs-history/cs-timeline`, …). They are dynamic: the
 * post stores only the block's attributes, and the page gets the element from
 * render(), the same way as from a shortcode. Block attribute names are the
 * element's in camelCase (`show-table` → `showTable`), as block attributes
 * are JavaScript properties in the editor.
 *
 * @package cs-history-elements
 */

namespace CsHistoryElements;

defined( 'ABSPATH' ) || exit;

/**
 * The block attribute name of an element attribute.
 *
 * @param string $name `show-table`.
 * @return string `showTable`.
 */
function block_attribute_name( $name ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
}

/** Registers the four blocks with their attributes from attributes.php. */
function register_blocks() {
	if ( ! function_exists( 'register_block_type' ) ) {
		return;
	}
	foreach ( elements() as $tag => $element ) {
		$attributes = array();
		foreach ( $element['attributes'] as $name => $rule ) {
			$attributes[ block_attribute_name( $name ) ] = array( 'type' => 'boolean' === $rule['kind'] ? 'boolean' : 'string' );
		}
		register_block_type(
			'cs-history/' . $tag,
			array(
				'api_version'     => 2,
				'title'           => '<' . $tag . '>',
				'description'     => $element['summary'],
				'category'        => 'embed',
				'attributes'      => $attributes,
				'render_callback' => static function ( $block_attributes ) use ( $tag ) {
					return render( $tag, block_values( $tag, is_array( $block_attributes ) ? $block_attributes : array() ) );
				},
			)
		);
	}
}

/**
 * The element attributes of a block's attributes.
 *
 * @param string $tag              The element.
 * @param array  $block_attributes Block attribute name => value.
 * @return array<string, string|bool>
 */
function block_values( $tag, array $block_attributes ) {
	$values = array();
	foreach ( elements()[ $tag ]['attributes'] as $name => $rule ) {
		$key = block_attribute_name( $name );
		if ( array_key_exists( $key, $block_attributes ) ) {
			$values[ $name ] = 'boolean' === $rule['kind'] ? (bool) $block_attributes[ $key ] : (string) $block_attributes[ $key ];
		}
	}
	return $values;
}
